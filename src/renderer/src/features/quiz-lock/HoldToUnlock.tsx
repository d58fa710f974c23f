import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** How long the facilitator holds: long enough that no tap or stray key unlocks the window. */
export const HOLD_TO_UNLOCK_MS = 2500;

/**
 * A button that acts only when held down (pointer, Space or Enter) for HOLD_TO_UNLOCK_MS.
 * A hold rather than a PIN: on a shared laptop a forgotten PIN would lock the facilitator out
 * mid-workshop, while a long hold is still a deliberate act nobody does by accident.
 */
export function HoldToUnlock({ onUnlock }: { onUnlock: () => void }) {
  const { t } = useTranslation('sessions');
  const [holding, setHolding] = useState(false);
  const [tapped, setTapped] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const start = () => {
    window.clearTimeout(timer.current);
    setHolding(true);
    setTapped(false);
    timer.current = window.setTimeout(onUnlock, HOLD_TO_UNLOCK_MS);
  };
  const stop = () => {
    if (timer.current === undefined) return;
    window.clearTimeout(timer.current);
    timer.current = undefined;
    setHolding(false);
    setTapped(true);
  };
  const isHoldKey = (event: KeyboardEvent) => event.key === ' ' || event.key === 'Enter';

  return (
    <div className="quiz-lock__unlock">
      <button
        type="button"
        className={`button quiz-lock__button${holding ? ' quiz-lock__button--holding' : ''}`}
        style={{ ['--hold-ms' as string]: `${HOLD_TO_UNLOCK_MS}ms` }}
        onPointerDown={(event) => {
          // Captured, so the hold lasts while the pointer is down even if the button moves.
          event.currentTarget.setPointerCapture(event.pointerId);
          start();
        }}
        onPointerUp={stop}
        onPointerCancel={stop}
        onLostPointerCapture={stop}
        onKeyDown={(event) => {
          if (!isHoldKey(event)) return;
          event.preventDefault();
          if (!event.repeat) start();
        }}
        onKeyUp={(event) => {
          if (isHoldKey(event)) stop();
        }}
        onContextMenu={(event) => event.preventDefault()}
      >
        <span className="quiz-lock__fill" aria-hidden="true" />
        <span className="quiz-lock__label">{t('lock.hold')}</span>
      </button>
      <p className="muted quiz-lock__hint" role="status">
        {holding ? t('lock.keepHolding') : tapped ? t('lock.tooShort') : ''}
      </p>
    </div>
  );
}
