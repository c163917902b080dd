import { useI18n } from '../../i18n/i18n';
import { SetPasswordForm } from './set-password-form';

/** `/reset-password#token=...`: a new password from a reset link; the account's other sessions end, and this one begins. */
export default function ResetPasswordPage() {
  const { t } = useI18n();
  return <SetPasswordForm endpoint="reset-password" title={t('auth.resetTitle')} intro={t('auth.resetIntro')} />;
}
