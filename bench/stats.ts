export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

export const median = (values: readonly number[]) => percentile(values, 50);

export function formatMs(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

export interface Figure {
  name: string;
  value: number;
  reference: number;
  referenceName: string;
  target?: string;
  pass?: boolean;
  /** What value and reference count; milliseconds unless said. */
  unit?: 'MB';
}

const format = (value: number, unit: Figure['unit']) =>
  unit === 'MB' ? `${value.toFixed(1)} MB` : formatMs(value);

export function printFigures(figures: readonly Figure[]): void {
  for (const f of figures) {
    const ratio = f.value / f.reference;
    const verdict = f.pass === undefined ? '' : f.pass ? '  [target met]' : '  [TARGET MISSED]';
    console.log(
      `${f.name}: ${format(f.value, f.unit)} vs ${f.referenceName} ${format(f.reference, f.unit)} → ratio ${ratio.toFixed(2)}×${f.target ? `  (target: ${f.target})` : ''}${verdict}`,
    );
  }
}
