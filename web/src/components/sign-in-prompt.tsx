import { Link } from 'wouter';
import { signInHref } from '../api/auth';
import { useI18n } from '../i18n/i18n';

/**
 * What a signed-in page shows to an anonymous visitor, or to one whose session has ended (the API
 * answered UNAUTHENTICATED): why, and a link to the sign-in page that returns here afterwards.
 */
export function SignInPrompt({ ended = false }: { ended?: boolean }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="sign-in-prompt">
      <p>{ended ? t('auth.promptEnded') : t('auth.promptAnonymous')}</p>
      <p>
        <Link href={signInHref()}>{t('auth.promptLink')}</Link>
      </p>
    </div>
  );
}
