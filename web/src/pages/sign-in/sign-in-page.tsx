import { useEffect, useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'wouter';
import { fetchSignInMethods, localPath, postAuth, type SignInMethods } from '../../api/auth';
import { useDocumentTitle } from '../../components/document-title';
import type { MessageKey } from '../../i18n/catalogues/en';
import { useI18n } from '../../i18n/i18n';
import { throttleMessage } from './throttle-message';

/** Why the hub sent the browser back from the organisation's provider (`/sign-in?error=...`). */
const PROVIDER_ERRORS: Record<string, MessageKey> = {
  'oidc-expired': 'auth.error.oidcExpired',
  'oidc-refused': 'auth.error.oidcRefused',
  'email-not-verified': 'auth.error.emailNotVerified',
  'no-account': 'auth.error.noAccount',
};

/**
 * `/sign-in?next=/report`: email and password to `POST /auth/sign-in`, or the organisation's
 * OpenID Connect provider when the hub has one (`GET /auth/methods`). Signed in, the browser goes
 * to `next` when it is a path of this site, else to `/`. A wrong email or password has one message;
 * too many attempts say when to try again.
 */
export default function SignInPage() {
  const i18n = useI18n();
  const { t } = i18n;
  useDocumentTitle(t('auth.signInTitle'));
  const [params] = useSearchParams();
  const next = localPath(params.get('next')) ?? '/';
  const providerError = params.get('error');
  const [methods, setMethods] = useState<SignInMethods | null>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ text: string; round: number } | null>(() => {
    if (providerError === 'too-many-attempts')
      return { text: throttleMessage(i18n, Number(params.get('retryAfter')) || undefined), round: 0 };
    const key =
      providerError && Object.hasOwn(PROVIDER_ERRORS, providerError) ? PROVIDER_ERRORS[providerError] : undefined;
    return key ? { text: t(key), round: 0 } : null;
  });
  const ids = { email: useId(), password: useId(), problem: useId() };
  useEffect(() => {
    let current = true;
    fetchSignInMethods().then(
      (answer) => current && setMethods(answer),
      () => current && setMethods({ oidc: false }),
    );
    return () => {
      current = false;
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const answer = await postAuth('sign-in', { email, password }).catch((error: unknown) => ({
      ok: false as const,
      status: 0,
      message: error instanceof Error ? error.message : String(error),
      retryAfterSeconds: undefined,
    }));
    if (answer.ok) {
      // A whole new page, so the header and every page read the new session.
      window.location.assign(next);
      return;
    }
    setBusy(false);
    setPassword('');
    const text =
      answer.status === 401
        ? t('auth.wrong')
        : answer.status === 429
          ? throttleMessage(i18n, answer.retryAfterSeconds)
          : t('auth.failed', { message: answer.message });
    setProblem((previous) => ({ text, round: (previous?.round ?? 0) + 1 }));
  };

  return (
    <>
      <h1>{t('auth.signInTitle')}</h1>
      {problem && (
        <p role="alert" id={ids.problem} key={problem.round} className="form-problem">
          {problem.text}
        </p>
      )}
      {methods?.oidc && (
        <p>
          <a className="button-link" href={`/auth/oidc/start?next=${encodeURIComponent(next)}`}>
            {t('auth.withProvider', { provider: methods.oidcProvider ?? t('auth.organisation') })}
          </a>
        </p>
      )}
      {methods?.oidc && <p>{t('auth.orPassword')}</p>}
      <form className="sign-in-form" onSubmit={(event) => void submit(event)} aria-label={t('auth.signInTitle')}>
        <label htmlFor={ids.email}>{t('auth.email')}</label>
        <input
          id={ids.email}
          type="email"
          name="email"
          autoComplete="username"
          required
          maxLength={254}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-describedby={problem ? ids.problem : undefined}
        />
        <label htmlFor={ids.password}>{t('auth.password')}</label>
        <input
          id={ids.password}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          maxLength={256}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-describedby={problem ? ids.problem : undefined}
        />
        <button type="submit" disabled={busy}>
          {busy ? t('auth.signingIn') : t('auth.signInButton')}
        </button>
      </form>
    </>
  );
}
