import { useState, type FormEvent } from 'react';
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
  MunicipalityForScopeDocument,
  RevokeTokenDocument,
  type AdminAccessQuery,
  type Role,
} from '../../graphql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ProgrammeLinksAdmin } from './programme-links-admin';

const ROLES: Role[] = ['REPORTER', 'REVIEWER', 'EDITOR', 'VIEWER', 'ADMIN'];

type Scoped = {
  organisations: { code: string }[];
  municipalities: { code: string | null; country: { code: string } }[];
};

const scopeText = (record: Scoped) =>
  [
    ...record.organisations.map((organisation) => organisation.code),
    ...record.municipalities.map((municipality) => `${municipality.country.code}:${municipality.code ?? ''}`),
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
async function scopeOf(
  form: HTMLFormElement,
): Promise<{ role: Role; organisations: string[]; municipalities: string[] } | { unknown: string }> {
  const data = new FormData(form);
  const role = data.get('role') as Role;
  const organisations = data.getAll('organisations').map(String);
  const municipalities: string[] = [];
  for (const name of String(data.get('municipalities') ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)) {
    const match = /^([A-Za-z]{2}):(\w{1,20})$/.exec(name);
    const answer = match
      ? await postOperation(MunicipalityForScopeDocument, { country: match[1].toUpperCase(), code: match[2] })
      : null;
    if (!answer?.data) return { unknown: name };
    municipalities.push(answer.data.municipality.id);
  }
  return { role, organisations, municipalities };
}

/**
 * Accounts and API tokens, for ADMIN: invite a person (the one-time link is shown to pass on),
 * disable or enable an account, make a password reset link; create a token (its secret shown this
 * once) or revoke one.
 */
export function AccessAdmin() {
  const { t, date } = useI18n();
  const [query, reload] = usePostedQuery(AdminAccessDocument, {});
  const [notice, setNotice] = useState<Notice>({ kind: 'none' });

  async function act<T>(run: () => Promise<{ data: T | null; errors: OperationError[] }>, done: (data: T) => Notice) {
    const answer = await run();
    if (!answer.data) return setNotice({ kind: 'refused', message: messages(answer.errors) });
    setNotice(done(answer.data));
    reload();
  }

  async function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const scope = await scopeOf(form);
    if ('unknown' in scope) return setNotice({ kind: 'refused', message: t('admin.unknownMunicipality', scope) });
    const email = String(new FormData(form).get('email') ?? '');
    await act(
      () => postOperation(InviteAccountDocument, { input: { email, ...scope } }),
      (data) => ({
        kind: 'done',
        message: t('admin.invited', { email: data.inviteAccount.account.email }),
        secret: data.inviteAccount.link,
      }),
    );
  }

  async function createToken(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const scope = await scopeOf(form);
    if ('unknown' in scope) return setNotice({ kind: 'refused', message: t('admin.unknownMunicipality', scope) });
    const name = String(new FormData(form).get('name') ?? '');
    await act(
      () => postOperation(CreateTokenDocument, { input: { name, ...scope } }),
      (data) => ({
        kind: 'done',
        message: t('admin.tokenCreated', { name: data.createApiToken.token.name }),
        secret: data.createApiToken.secret,
      }),
    );
  }

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

          <section aria-labelledby="admin-accounts">
            <h2 id="admin-accounts">{t('admin.accounts')}</h2>
            <div className="table-wrap">
              <table>
                <caption>{t('admin.accounts')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('admin.email')}</th>
                    <th scope="col">{t('admin.role')}</th>
                    <th scope="col">{t('admin.scope')}</th>
                    <th scope="col">{t('collect.status')}</th>
                    <th scope="col">{t('admin.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.accounts.map((account) => (
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
                          onClick={() =>
                            void act<object>(
                              () =>
                                account.disabled
                                  ? postOperation(EnableAccountDocument, { id: account.id })
                                  : postOperation(DisableAccountDocument, { id: account.id }),
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
                          onClick={() =>
                            void act(
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
                </tbody>
              </table>
            </div>
            <form className="filters" onSubmit={(event) => void invite(event)} aria-labelledby="admin-invite">
              <h3 id="admin-invite">{t('admin.invite')}</h3>
              <label>
                {t('admin.email')}
                <input name="email" type="email" required autoComplete="off" />
              </label>
              <ScopeFields organisations={data.organisations.nodes} prefix="invite" />
              <button type="submit">{t('admin.inviteButton')}</button>
            </form>
          </section>

          <section aria-labelledby="admin-tokens">
            <h2 id="admin-tokens">{t('admin.tokens')}</h2>
            <div className="table-wrap">
              <table>
                <caption>{t('admin.tokens')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('admin.name')}</th>
                    <th scope="col">{t('admin.role')}</th>
                    <th scope="col">{t('admin.scope')}</th>
                    <th scope="col">{t('admin.created')}</th>
                    <th scope="col">{t('collect.status')}</th>
                    <th scope="col">{t('admin.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.apiTokens.map((token) => (
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
                            onClick={() =>
                              void act(
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
                </tbody>
              </table>
            </div>
            <form className="filters" onSubmit={(event) => void createToken(event)} aria-labelledby="admin-new-token">
              <h3 id="admin-new-token">{t('admin.newToken')}</h3>
              <label>
                {t('admin.name')}
                <input name="name" type="text" required autoComplete="off" />
              </label>
              <ScopeFields organisations={data.organisations.nodes} prefix="token" />
              <button type="submit">{t('admin.createToken')}</button>
            </form>
          </section>
          <ProgrammeLinksAdmin organisations={data.organisations.nodes} />
        </>
      )}
    </QueryStatus>
  );
}
