import { useI18n } from '../../i18n/i18n';

/**
 * What the last save or archive of a form answered: saved, refused as a whole, a stale version, or
 * no answer that could be read (the hub unreachable, or a proxy's error page in its place).
 */
export type FormNotice =
  | { kind: 'none' }
  | { kind: 'saved'; message: string }
  | { kind: 'refused'; message: string }
  | { kind: 'conflict' }
  | { kind: 'unreachable' };

/**
 * Announces a form's last write (a live region): saved as a status; refused, unreachable or stale
 * as an alert, a stale version with a button that reloads the record.
 */
export function WriteNotice({ notice, onReload }: { notice: FormNotice; onReload: () => void }) {
  const { t } = useI18n();
  return (
    <div aria-live="polite">
      {notice.kind === 'saved' && <p role="status">{notice.message}</p>}
      {notice.kind === 'refused' && (
        <p role="alert">
          {t('adminForm.refused')} {notice.message}
        </p>
      )}
      {notice.kind === 'unreachable' && <p role="alert">{t('admin.unreachable')}</p>}
      {notice.kind === 'conflict' && (
        <p role="alert">
          {t('adminForm.conflict')}{' '}
          <button type="button" onClick={onReload}>
            {t('adminForm.reload')}
          </button>
        </p>
      )}
    </div>
  );
}
