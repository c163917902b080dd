import { useEffect, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { fetchSession, postAuth, ROLES, signInHref, type SessionAnswer } from '../api/auth';
import { useI18n } from '../i18n/i18n';

/** Pages about signing in, whose own `next` the header's link keeps rather than pointing back at them. */
const SIGN_IN_PAGES = ['/sign-in', '/accept-invitation', '/reset-password'];

/**
 * The header's account corner: who is signed in (email and role) with "Sign out", or a "Sign in"
 * link returning to this page. It asks `GET /auth/session`, which reads the session cookie.
 */
export function AccountMenu() {
  const { t } = useI18n();
  const [location] = useLocation();
  const search = useSearch();
  const [session, setSession] = useState<SessionAnswer | null>(null);
  const [signingOut, setSigningOut] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    fetchSession().then(
      (answer) => current && setSession(answer),
      () => current && setSession({ signedIn: false, ended: false }),
    );
    return () => {
      current = false;
    };
  }, []);
  if (!session) return null;
  if (!session.signedIn) {
    if (SIGN_IN_PAGES.includes(location)) return null;
    return (
      <div className="account-menu">
        <Link href={signInHref(`${location}${search ? `?${search}` : ''}`)}>{t('auth.signIn')}</Link>
      </div>
    );
  }
  const { email, role } = session.account;
  const signOut = async () => {
    setSigningOut(true);
    setFailure(null);
    const answer = await postAuth('sign-out').catch((error: unknown) => ({
      ok: false as const,
      status: 0,
      message: error instanceof Error ? error.message : String(error),
    }));
    if (answer.ok) {
      // Reloaded, the page shows what an anonymous visitor sees.
      window.location.reload();
      return;
    }
    setSigningOut(false);
    setFailure(answer.message);
  };
  return (
    <div className="account-menu">
      <span>
        {t('auth.signedInAs', {
          email,
          role: ROLES.includes(role) ? t(`accessRole.${role}`) : role,
        })}
      </span>{' '}
      <button type="button" onClick={() => void signOut()} disabled={signingOut}>
        {t('auth.signOut')}
      </button>
      {failure && <span role="alert">{t('auth.signOutFailed', { message: failure })}</span>}
    </div>
  );
}
