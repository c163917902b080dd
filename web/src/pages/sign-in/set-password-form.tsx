import { useId, useState, type FormEvent } from 'react';
import { postAuth } from '../../api/auth';
import { useDocumentTitle } from '../../components/document-title';
import { useI18n } from '../../i18n/i18n';
import { throttleMessage } from './throttle-message';

/** The hub's password rules (src/auth/passwords.ts): 12 to 256 characters. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/**
 * The one-time link's token: from the fragment (`#token=...`, as the hub hands links out, never
 * sent to a server) or, failing that, the query (`?token=...`).
 */
function linkToken(): string | null {
  const fromHash = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token');
  return fromHash || new URLSearchParams(window.location.search).get('token') || null;
}

/**
 * Sets a password through a one-time link (`POST /auth/accept-invitation` or
 * `/auth/reset-password`), with the rules shown beside the field and checked before sending;
 * the hub then signs the person in, and the browser goes to `/`.
 */
export function SetPasswordForm({
  endpoint,
  title,
  intro,
}: {
  endpoint: 'accept-invitation' | 'reset-password';
  title: string;
  intro: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  useDocumentTitle(title);
  const [token] = useState(linkToken);
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ text: string; field: 'password' | 'repeated' | null; round: number } | null>(
    null,
  );
  const ids = { password: useId(), repeated: useId(), rules: useId(), problem: useId() };
  const rules = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };
  const refuse = (text: string, field: 'password' | 'repeated' | null) =>
    setProblem((previous) => ({ text, field, round: (previous?.round ?? 0) + 1 }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < PASSWORD_MIN_LENGTH) return refuse(t('auth.tooShort', rules), 'password');
    if (password.length > PASSWORD_MAX_LENGTH) return refuse(t('auth.tooLong', rules), 'password');
    if (password !== repeated) return refuse(t('auth.mismatch'), 'repeated');
    setBusy(true);
    const answer = await postAuth(endpoint, { token, password }).catch((error: unknown) => ({
      ok: false as const,
      status: 0,
      message: error instanceof Error ? error.message : String(error),
      retryAfterSeconds: undefined,
    }));
    if (answer.ok) {
      window.location.assign('/');
      return;
    }
    setBusy(false);
    if (answer.status === 429) return refuse(throttleMessage(i18n, answer.retryAfterSeconds), null);
    if (answer.status === 400 && /^The password /.test(answer.message)) return refuse(answer.message, 'password');
    if (answer.status === 400) return refuse(t('auth.linkUnusable'), null);
    refuse(t('auth.failed', { message: answer.message }), null);
  };

  const invalid = (field: 'password' | 'repeated') => problem?.field === field;
  const describedBy = (field: 'password' | 'repeated') =>
    [field === 'password' ? ids.rules : null, invalid(field) ? ids.problem : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <>
      <h1>{title}</h1>
      <p>{intro}</p>
      {!token ? (
        <p role="alert" className="form-problem">
          {t('auth.noToken')}
        </p>
      ) : (
        <>
          {problem && (
            <p role="alert" id={ids.problem} key={problem.round} className="form-problem">
              {problem.text}
            </p>
          )}
          <form className="sign-in-form" onSubmit={(event) => void submit(event)} aria-label={title} noValidate>
            <label htmlFor={ids.password}>{t('auth.newPassword')}</label>
            <input
              id={ids.password}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-invalid={invalid('password') || undefined}
              aria-describedby={describedBy('password')}
            />
            <p id={ids.rules} className="hint">
              {t('auth.passwordRules', rules)}
            </p>
            <label htmlFor={ids.repeated}>{t('auth.repeatPassword')}</label>
            <input
              id={ids.repeated}
              type="password"
              autoComplete="new-password"
              value={repeated}
              onChange={(event) => setRepeated(event.target.value)}
              aria-invalid={invalid('repeated') || undefined}
              aria-describedby={describedBy('repeated')}
            />
            <button type="submit" disabled={busy}>
              {t('auth.setPassword')}
            </button>
          </form>
        </>
      )}
    </>
  );
}
