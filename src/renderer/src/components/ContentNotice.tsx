import { useTranslation } from 'react-i18next';
import type { ContentOrigin } from '@shared/domain/library';
import { useContentLanguageStore } from '@renderer/stores/content-language/store';
import { languageName } from './content-language-names';

/** "Unofficial translation, awaiting review" or the like; null for the base pack's own words. */
export function useTranslationStatus() {
  const { t } = useTranslation('content');
  return (origin: ContentOrigin): string | null => {
    if (origin.kind === 'original') return null;
    if (origin.kind === 'official') return t('official');
    return origin.review === 'reviewed' ? t('unofficialReviewed') : t('unofficialAwaiting');
  };
}

interface NoticeProps {
  origin: ContentOrigin | undefined;
  /** In a list: only a short "in English" tag where a translation is missing. */
  compact?: boolean;
  /** The language the words were asked for (a workshop's); the library's choice otherwise. */
  language?: string | undefined;
}

/**
 * What one item's words are, next to them: shown in the base language for want of a
 * translation, or a translation still awaiting review. Nothing when there is nothing to say,
 * decided before any text is looked up: a list has one of these per row, and most say nothing.
 */
export function ContentNotice({ origin, compact = false, language }: NoticeProps) {
  const chosen = useContentLanguageStore((s) => s.current);
  const current = language ?? chosen;
  if (!origin || !current) return null;
  const inBase = origin.language !== current;
  if (!inBase && (compact || origin.kind === 'original')) return null;
  return <NoticeText origin={origin} compact={compact} current={current} inBase={inBase} />;
}

function NoticeText({
  origin,
  compact,
  current,
  inBase,
}: {
  origin: ContentOrigin;
  compact: boolean;
  current: string;
  inBase: boolean;
}) {
  const { t, i18n } = useTranslation('content');
  const status = useTranslationStatus();
  const ui = i18n.resolvedLanguage ?? 'en';
  if (inBase) {
    const base = languageName(origin.language, ui);
    const text = compact
      ? t('shownInBaseShort', { base })
      : t('shownInBase', { base, language: languageName(current, ui) });
    return (
      <span
        className="content-notice content-notice--fallback"
        lang={ui}
        title={
          compact ? t('shownInBase', { base, language: languageName(current, ui) }) : undefined
        }
      >
        {text}
      </span>
    );
  }
  const said = status(origin);
  return said ? <span className="content-notice content-notice--translation">{said}</span> : null;
}

/** Above the library: which language the convention is read in, and what kind of text it is. */
export function ContentLanguageBanner() {
  const { t, i18n } = useTranslation('content');
  const { languages, current } = useContentLanguageStore();
  const chosen = languages.find((l) => l.language === current);
  const base = languages.find((l) => l.kind === 'original');
  if (!chosen || !base || chosen.kind === 'original') return null;
  const ui = i18n.resolvedLanguage ?? 'en';
  const status = chosen.kind === 'official' ? t('official') : t('unofficialAwaiting');
  return (
    <p className="notice content-language-banner" data-testid="content-language-banner">
      {t('languageNotice', {
        language: languageName(chosen.language, ui),
        status,
        base: languageName(base.language, ui),
      })}
    </p>
  );
}
