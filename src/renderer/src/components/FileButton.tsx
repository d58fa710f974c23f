import type { ChangeEvent, ReactNode } from 'react';

interface FileButtonProps {
  /** What the picker accepts, e.g. ".json" or ".xlsx,.csv". */
  accept: string;
  disabled?: boolean;
  primary?: boolean;
  onFile(file: File): void;
  children: ReactNode;
}

/**
 * A real file input that looks like a button: the input keeps the focus, the keyboard and
 * the accessible name (its label); the label draws the button around it.
 */
export function FileButton({ accept, disabled, primary, onFile, children }: FileButtonProps) {
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) is a change too.
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <label className={primary ? 'button button--primary file-button' : 'button file-button'}>
      <input
        type="file"
        className="file-button__input"
        accept={accept}
        disabled={disabled}
        onChange={choose}
      />
      {children}
    </label>
  );
}
