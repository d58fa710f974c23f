export type AttendanceMark = 'present' | 'partly' | 'absent';

/** Present counts 1 day, partly present half a day: the measure behind every "days attended". */
export function daysAttended(marks: readonly (AttendanceMark | null)[]): number {
  return marks.reduce((sum, m) => sum + (m === 'present' ? 1 : m === 'partly' ? 0.5 : 0), 0);
}
