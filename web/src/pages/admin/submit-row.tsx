import type { ReactNode } from 'react';

/**
 * The row of a form's buttons: its submit button, disabled while a write runs (so a double click or
 * a second Enter sends nothing more), and the buttons beside it (`children`).
 */
export function SubmitRow({ label, busy, children }: { label: string; busy: boolean; children?: ReactNode }) {
  return (
    <p className="form-actions">
      <button type="submit" disabled={busy}>
        {label}
      </button>
      {children}
    </p>
  );
}
