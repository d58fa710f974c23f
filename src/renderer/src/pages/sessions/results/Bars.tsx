/**
 * Pre and post scores as two thin bars on a 0–100 scale, drawn in SVG (no inline styles under
 * the CSP). The numbers are always written beside them: the bars only repeat the text.
 */
export function ScoreBars({ pre, post }: { pre: number | null; post: number | null }) {
  const width = (v: number | null) => Math.max(0, Math.min(100, v ?? 0));
  return (
    <svg
      className="ws-bars"
      viewBox="0 0 100 14"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="ws-bars__track" x="0" y="0" width="100" height="6" />
      <rect className="ws-bars__pre" x="0" y="0" width={width(pre)} height="6" />
      <rect className="ws-bars__track" x="0" y="8" width="100" height="6" />
      <rect className="ws-bars__post" x="0" y="8" width={width(post)} height="6" />
    </svg>
  );
}

/** Counts of checklist results as one stacked bar (gap, partial, implemented, not assessed). */
export function ResultStack({
  gap,
  partial,
  implemented,
  notAssessed,
}: {
  gap: number;
  partial: number;
  implemented: number;
  notAssessed: number;
}) {
  const total = gap + partial + implemented + notAssessed;
  const parts = [
    { value: gap, className: 'ws-fill--gap' },
    { value: partial, className: 'ws-fill--partial' },
    { value: implemented, className: 'ws-fill--implemented' },
    { value: notAssessed, className: 'ws-fill--none' },
  ].map((p, i, all) => ({
    ...p,
    x: total ? (all.slice(0, i).reduce((sum, q) => sum + q.value, 0) / total) * 100 : 0,
    width: total ? (p.value / total) * 100 : 0,
  }));
  return (
    <svg
      className="ws-stack-bar"
      viewBox="0 0 100 8"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="ws-fill--none" x="0" y="0" width="100" height="8" />
      {parts.map((p) => (
        <rect key={p.className} className={p.className} x={p.x} y="0" width={p.width} height="8" />
      ))}
    </svg>
  );
}
