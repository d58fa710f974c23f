import type { ReactNode } from 'react';

/**
 * A wide table's own scrolling box: focusable and named, so keyboard users can scroll it
 * (axe: scrollable-region-focusable) and screen readers hear what it holds.
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll ws-card ws-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
