import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

let firstPageShown = false;

interface PageTitleProps {
  /** The window title, without the app name. */
  documentTitle: string;
  children: ReactNode;
}

/**
 * The page's h1. After an in-app navigation it takes the focus, so keyboard and screen
 * reader users land on the new page instead of staying on the link they used.
 */
export function PageTitle({ documentTitle, children }: PageTitleProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${documentTitle} · ${t('app.name')}`;
  }, [documentTitle, t]);

  useEffect(() => {
    // The window opens at the top with the focus at its start; only later pages move them
    // (a scroll here would force a layout while the first screen is still being built).
    if (!firstPageShown) {
      firstPageShown = true;
      return;
    }
    heading.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [documentTitle]);

  return (
    <h1 className="page-title" ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
