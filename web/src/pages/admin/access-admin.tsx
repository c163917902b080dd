import { useState, type FormEvent, type ReactNode } from 'react';
import { postOperation, type OperationError } from '../../api/post-operation';
import { usePostedQuery } from '../../api/use-posted-query';
import { QueryStatus } from '../../components/query-status';
import {
  AdminAccessDocument,
  CreatePasswordResetDocument,
  CreateTokenDocument,
  DisableAccountDocument,
  EnableAccountDocument,
  InviteAccountDocument,
  RevokeTokenDocument,
  type AdminAccessQuery,
  type Role,
} from '../../graphql/graphql';
import { useI18n } from '../../i18n/i18n';
import { IndicatorForm } from './indicator-form';
import { InitiativeForm } from './initiative-form';
import { municipalityId, municipalityName } from './municipality-names';
import { ProgrammeForm } from './programme-form';
import { ProgrammeLinksAdmin } from './programme-links-admin';
import { SourceForm } from './source-form';
import { SubmitRow } from './submit-row';
import { TEXT_LIMITS } from './text-limits';
import { useWrite } from './use-write';

const ROLES: Role[] = ['REPORTER', 'REVIEWER', 'EDITOR', 'VIEWER', 'ADMIN'];

type Scoped = {
  organisations: { code: string }[];
  municipalities: { code: string | null; country: { code: string } }[];
};

const scopeText = (record: Scoped) =>
  [
    ...record.organisations.map((organisation) => organisation.code),
    ...record.municipalities.map(municipalityName),
  ].join(', ');

/** What the last action answered: a message, a link or secret to copy once, or a refusal. */
type Notice =
  { kind: 'none' } | { kind: 'done'; message: string; secret?: string } | { kind: 'refused'; message: string };

const messages = (errors: OperationError[]) => errors.map((error) => error.message).join(' ');

/** The role and scope fields an invitation and a new token share; municipalities as `NO:0501`, separated by spaces. */
function ScopeFields({
  organisations,
  prefix,
}: {
  organisations: AdminAccessQuery['organisations']['nodes'];
  prefix: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <label>
        {t('admin.role')}
        <select name="role" defaultValue="REPORTER">
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`accessRole.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('admin.organisations')}
        <select name="organisations" multiple size={4} id={`${prefix}-organisations`}>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.code} – {organisation.nameEn}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('admin.municipalities')}
        <input name="municipalities" type="text" placeholder="NO:0501 NO:0513" />
      </label>
    </>
  );
}

/** The role and scope a form holds, municipalities looked up by country and code; a problem names the one not found. */
type ScopeInput = { role: Role; organisations: string[]; municipalities: string[] };

async function scopeOf(form: HTMLFormElement): Promise<ScopeInput | { unknown: string }> {
  const data = new FormData(form);
  const role = data.get('role') as Role;
  const organisations = data.getAll('organisations').map(String);
  const municipalities: string[] = [];
  for (const name of String(data.get('municipalities') ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)) {
    const id = await municipalityId(name);
    if (id === null) return { unknown: name };
    municipalities.push(id);
  }
  return { role, organisations, municipalities };
}

/**
 * A list of accounts or tokens and the form that adds one: the heading names the table (its caption
 * is for screen readers only), the form holds a name-like field and the scope.
 */
function AccessSection({
  id,
  title,
  columns,
  rows,
  form,
  organisations,
}: {
  id: string;
  title: string;
  columns: string[];
  rows: ReactNode;
  form: {
    id: string;
    title: string;
    field: { name: string; type: 'email' | 'text'; label: string; maxLength: number };
    submit: string;
    busy: boolean;
    onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  };
  organisations: AdminAccessQuery['organisations']['nodes'];
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      </div>
      <form className="admin-form" onSubmit={(event) => void form.onSubmit(event)} aria-labelledby={form.id}>
        <h3 id={form.id}>{form.title}</h3>
        <label>
          {form.field.label}
          <input
            name={form.field.name}
            type={form.field.type}
            required
            autoComplete="off"
            maxLength={form.field.maxLength}
          />
        </label>
        <ScopeFields organisations={organisations} prefix={form.id} />
        <SubmitRow label={form.submit} busy={form.busy} />
      </form>
    </section>
  );
}

/**
 * Accounts and API tokens, for ADMIN: invite a person (the one-time link is shown to pass on),
 * disable or enable an account, make a password reset link; create a token (its secret shown this
 * once) or revoke one. Disabling or enabling goes at the account's version listed; an account changed
 * meanwhile is refused (CONFLICT), said so, and the list reloaded.
 */
export function AccessAdmin() {
  const { t, date } = useI18n();
  const [query, reload] = usePostedQuery(AdminAccessDocument, {});
  const [notice, setNotice] = useState<Notice>({ kind: 'none' });
  const [round, setRound] = useState(0);
  const records = { round, onSaved: () => setRound((value) => value + 1) };
  const { busy, run } = useWrite(() => setNotice({ kind: 'refused', message: t('admin.unreachable') }));

  async function act<T>(send: () => Promise<{ data: T | null; errors: OperationError[] }>, done: (data: T) => Notice) {
    const answer = await send();
    if (answer.errors.some((error) => error.extensions?.code === 'CONFLICT')) {
      setNotice({ kind: 'refused', message: t('admin.accountConflict') });
      return reload();
    }
    if (!answer.data) return setNotice({ kind: 'refused', message: messages(answer.errors) });
    setNotice(done(answer.data));
    reload();
  }

  /** Runs the action of a row's button; one action at a time. */
  const perform = <T,>(send: () => Promise<{ data: T | null; errors: OperationError[] }>, done: (data: T) => Notice) =>
    run(() => act(send, done));

  /**
   * Sends a form of a name-like field and a scope (an invitation, a new token): the municipalities
   * are looked up first, and one that names none is refused before anything is written.
   */
  function submitScoped<T>(
    field: string,
    send: (value: string, scope: ScopeInput) => Promise<{ data: T | null; errors: OperationError[] }>,
    done: (data: T) => Notice,
  ) {
    return async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = event.currentTarget;
      await run(async () => {
        const scope = await scopeOf(form);
        if ('unknown' in scope) return setNotice({ kind: 'refused', message: t('admin.unknownMunicipality', scope) });
        const value = String(new FormData(form).get(field) ?? '');
        await act(() => send(value, scope), done);
      });
    };
  }

  const invite = submitScoped(
    'email',
    (email, scope) => postOperation(InviteAccountDocument, { input: { email, ...scope } }),
    (data) => ({
      kind: 'done',
      message: t('admin.invited', { email: data.inviteAccount.account.email }),
      secret: data.inviteAccount.link,
    }),
  );

  const createToken = submitScoped(
    'name',
    (name, scope) => postOperation(CreateTokenDocument, { input: { name, ...scope } }),
    (data) => ({
      kind: 'done',
      message: t('admin.tokenCreated', { name: data.createApiToken.token.name }),
      secret: data.createApiToken.secret,
    }),
  );

  return (
    <QueryStatus state={query}>
      {(data) => (
        <>
          <div aria-live="polite">
            {notice.kind === 'done' && (
              <div role="status">
                <p>{notice.message}</p>
                {notice.secret && (
                  <p>
                    <label>
                      {t('admin.copyOnce')} <input type="text" readOnly value={notice.secret} size={60} />
                    </label>
                  </p>
                )}
              </div>
            )}
            {notice.kind === 'refused' && <p role="alert">{notice.message}</p>}
          </div>

          <AccessSection
            id="admin-accounts"
            title={t('admin.accounts')}
            columns={[t('admin.email'), t('admin.role'), t('admin.scope'), t('collect.status'), t('admin.actions')]}
            rows={data.accounts.map((account) => (
              <tr key={account.id}>
                <th scope="row">{account.email}</th>
                <td>{t(`accessRole.${account.role}`)}</td>
                <td>{scopeText(account)}</td>
                <td>
                  {account.disabled
                    ? t('admin.disabled')
                    : account.passwordSet
                      ? t('admin.active')
                      : t('admin.invitedStatus')}
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={t(account.disabled ? 'admin.enableOf' : 'admin.disableOf', {
                      email: account.email,
                    })}
                    disabled={busy}
                    onClick={() =>
                      void perform<object>(
                        () =>
                          account.disabled
                            ? postOperation(EnableAccountDocument, { id: account.id, version: account.version })
                            : postOperation(DisableAccountDocument, { id: account.id, version: account.version }),
                        () => ({
                          kind: 'done',
                          message: t(account.disabled ? 'admin.enabled' : 'admin.disabledNow', {
                            email: account.email,
                          }),
                        }),
                      )
                    }
                  >
                    {t(account.disabled ? 'admin.enable' : 'admin.disable')}
                  </button>{' '}
                  <button
                    type="button"
                    aria-label={t('admin.resetOf', { email: account.email })}
                    disabled={busy}
                    onClick={() =>
                      void perform(
                        () => postOperation(CreatePasswordResetDocument, { id: account.id }),
                        (answer) => ({
                          kind: 'done',
                          message: t('admin.resetMade', { email: account.email }),
                          secret: answer.createPasswordReset.link,
                        }),
                      )
                    }
                  >
                    {t('admin.reset')}
                  </button>
                </td>
              </tr>
            ))}
            form={{
              id: 'admin-invite',
              title: t('admin.invite'),
              field: { name: 'email', type: 'email', label: t('admin.email'), maxLength: TEXT_LIMITS.email },
              submit: t('admin.inviteButton'),
              busy,
              onSubmit: invite,
            }}
            organisations={data.organisations.nodes}
          />

          <AccessSection
            id="admin-tokens"
            title={t('admin.tokens')}
            columns={[
              t('admin.name'),
              t('admin.role'),
              t('admin.scope'),
              t('admin.created'),
              t('collect.status'),
              t('admin.actions'),
            ]}
            rows={data.apiTokens.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>{t(`accessRole.${token.role}`)}</td>
                <td>{scopeText(token)}</td>
                <td>{date(token.createdAt.slice(0, 10))}</td>
                <td>
                  {token.revokedAt
                    ? t('admin.revoked', { date: date(token.revokedAt.slice(0, 10)) })
                    : t('admin.active')}
                </td>
                <td>
                  {!token.revokedAt && (
                    <button
                      type="button"
                      aria-label={t('admin.revokeOf', { name: token.name })}
                      disabled={busy}
                      onClick={() =>
                        void perform(
                          () => postOperation(RevokeTokenDocument, { id: token.id }),
                          () => ({ kind: 'done', message: t('admin.revokedNow', { name: token.name }) }),
                        )
                      }
                    >
                      {t('admin.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
            form={{
              id: 'admin-new-token',
              title: t('admin.newToken'),
              field: { name: 'name', type: 'text', label: t('admin.name'), maxLength: TEXT_LIMITS.tokenName },
              submit: t('admin.createToken'),
              busy,
              onSubmit: createToken,
            }}
            organisations={data.organisations.nodes}
          />
          <ProgrammeForm {...records} />
          <ProgrammeLinksAdmin organisations={data.organisations.nodes} round={round} />
          <InitiativeForm organisations={data.organisations.nodes} {...records} />
          <IndicatorForm {...records} />
          <SourceForm {...records} />
        </>
      )}
    </QueryStatus>
  );
}
