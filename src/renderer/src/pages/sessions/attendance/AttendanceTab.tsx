import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { daysAttended } from '@shared/training/attendance';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { formatNumber } from '@renderer/format/intl';
import { markKey, nextMark, type AttendanceMark } from '@renderer/stores/sessions/attendance-slice';
import {
  selectAttendanceError,
  selectAttendancePhase,
  selectMarks,
  selectSession,
} from '@renderer/stores/sessions/selectors';
import { useSessionsStore } from '@renderer/stores/sessions/store';
import { localDate } from '@shared/dates';
import { formatDay } from '../format';
import { ScrollBox } from '../ScrollBox';

const SYMBOL: Record<AttendanceMark | 'none', string> = {
  present: '✓',
  partly: '½',
  absent: '✗',
  none: '·',
};

const KEY_TO_MARK: Record<string, AttendanceMark> = { p: 'present', l: 'partly', a: 'absent' };

function SaveState() {
  const { t } = useTranslation('sessions');
  const phase = useSessionsStore(selectAttendancePhase);
  const error = useSessionsStore(selectAttendanceError);
  return (
    <>
      <span className={`ws-save-state ws-save-state--${phase}`} role="status">
        {phase === 'saving' && t('attendance.saving')}
        {phase === 'saved' && t('attendance.saved')}
      </span>
      {phase === 'error' && error && (
        <ErrorAlert
          error={error}
          title={t('attendance.saveFailed')}
          onRetry={() => void useSessionsStore.getState().flushAttendance()}
        />
      )}
    </>
  );
}

export function AttendanceTab() {
  const { t } = useTranslation('sessions');
  const session = useSessionsStore(selectSession);
  const marks = useSessionsStore(selectMarks);
  const dayId = useId();
  const grid = useRef<HTMLTableElement>(null);
  const days = session?.days ?? [];
  const [day, setDay] = useState(() =>
    days.includes(localDate()) ? localDate() : (days[0] ?? ''),
  );
  const [focus, setFocus] = useState({ row: 0, col: 0 });
  if (!session) return null;
  const participants = session.participants;

  const focusCell = (row: number, col: number) => {
    const r = Math.max(0, Math.min(row, participants.length - 1));
    const c = Math.max(0, Math.min(col, days.length - 1));
    setFocus({ row: r, col: c });
    grid.current?.querySelector<HTMLButtonElement>(`[data-cell="${r}-${c}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, row: number, col: number) => {
    const personId = participants[row]?.id;
    const cellDay = days[col];
    if (!personId || !cellDay) return;
    const rtl = document.documentElement.dir === 'rtl';
    const key = event.key;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, rtl ? 1 : -1],
      ArrowRight: [0, rtl ? -1 : 1],
    };
    const move = moves[key];
    if (move) {
      event.preventDefault();
      focusCell(row + move[0], col + move[1]);
      return;
    }
    if (key === 'Home') {
      event.preventDefault();
      focusCell(event.ctrlKey ? 0 : row, 0);
      return;
    }
    if (key === 'End') {
      event.preventDefault();
      focusCell(event.ctrlKey ? participants.length - 1 : row, days.length - 1);
      return;
    }
    const mark = KEY_TO_MARK[key.toLowerCase()];
    if (mark && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      useSessionsStore.getState().setMark(personId, cellDay, mark);
      return;
    }
    if (key === ' ' || key === 'Enter') {
      event.preventDefault();
      useSessionsStore
        .getState()
        .setMark(personId, cellDay, nextMark(marks[markKey(personId, cellDay)]));
    }
  };

  if (participants.length === 0)
    return (
      <div className="ws-stack">
        <h2 className="section-title section-title--first">{t('attendance.title')}</h2>
        <p className="empty-note">{t('attendance.noParticipants')}</p>
      </div>
    );

  return (
    <div className="ws-stack">
      <div className="ws-section-head">
        <h2 id="ws-attendance-title" className="section-title section-title--first">
          {t('attendance.title')}
        </h2>
        <SaveState />
      </div>
      <p className="section-intro" id="ws-attendance-help">
        {t('attendance.help')}
      </p>
      <div className="toolbar ws-toolbar">
        <label className="field__label" htmlFor={dayId}>
          {t('attendance.day')}
        </label>
        <select
          id={dayId}
          className="field__select ws-inline-select"
          value={day}
          onChange={(event) => setDay(event.target.value)}
        >
          {days.map((d, i) => (
            <option key={d} value={d}>
              {t('attendance.dayOption', { n: i + 1, date: formatDay(d) })}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={!day}
          onClick={() => useSessionsStore.getState().markEveryone(day, 'present')}
        >
          {t('attendance.everyonePresent')}
        </button>
      </div>
      <ScrollBox label={t('attendance.title')}>
        <table
          ref={grid}
          className="table table--compact ws-attendance"
          role="grid"
          aria-labelledby="ws-attendance-title"
          aria-describedby="ws-attendance-help"
        >
          <thead>
            <tr>
              <th scope="col">{t('attendance.participant')}</th>
              {days.map((d, i) => (
                <th key={d} scope="col" className="ws-attendance__day">
                  {t('attendance.dayHeading', { n: i + 1 })}
                  <span className="ws-attendance__date">{formatDay(d)}</span>
                </th>
              ))}
              <th scope="col" className="table__number">
                {t('attendance.daysAttended')}
              </th>
            </tr>
          </thead>
          <tbody>
            {participants.map((p, row) => {
              const states = days.map((d) => marks[markKey(p.id, d)] ?? null);
              return (
                <tr key={p.id}>
                  <th scope="row" className="table__row-head">
                    <bdi>{p.name}</bdi>
                  </th>
                  {days.map((d, col) => {
                    const state = marks[markKey(p.id, d)];
                    const label = state ? t(`attendance.mark.${state}`) : t('attendance.mark.none');
                    return (
                      <td key={d} className="ws-attendance__cell">
                        <button
                          type="button"
                          data-cell={`${row}-${col}`}
                          className={`ws-mark ws-mark--${state ?? 'none'}`}
                          tabIndex={focus.row === row && focus.col === col ? 0 : -1}
                          aria-label={t('attendance.cellLabel', {
                            name: p.name,
                            day: formatDay(d),
                            state: label,
                          })}
                          onFocus={() => setFocus({ row, col })}
                          onClick={(event) => {
                            // Keyboard activation is handled in onKeyDown; this is the pointer.
                            if (event.detail === 0) return;
                            useSessionsStore.getState().setMark(p.id, d, nextMark(state));
                          }}
                          onKeyDown={(event) => onKeyDown(event, row, col)}
                        >
                          <span aria-hidden="true" className="ws-mark__symbol">
                            {SYMBOL[state ?? 'none']}
                          </span>
                          <span aria-hidden="true">{label}</span>
                        </button>
                      </td>
                    );
                  })}
                  <td className="table__number">{formatNumber(daysAttended(states))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}
