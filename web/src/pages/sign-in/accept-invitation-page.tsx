import { useI18n } from '../../i18n/i18n';
import { SetPasswordForm } from './set-password-form';

/** `/accept-invitation#token=...`: an invited person sets the first password, and is signed in. */
export default function AcceptInvitationPage() {
  const { t } = useI18n();
  return <SetPasswordForm endpoint="accept-invitation" title={t('auth.acceptTitle')} intro={t('auth.acceptIntro')} />;
}
