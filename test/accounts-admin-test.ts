import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAccount } from '../src/auth/accounts';
import { Role } from '../src/entities/role.enum';
import { toGlobalId } from '../src/schema/global-id';
import { buildAccessWorld } from './support/access-fixture';
import { bodyOf } from './support/expect-error';
import { graphqlAs, postAuth, sessionCookieOf, signIn, type BrowserSession } from './support/browser-session';
import { initScratchHub, type TestHub } from './support/test-hub';

const PASSWORD = 'correct horse battery staple';
const ACCOUNT = 'id email role disabled passwordSet organisations { code } municipalities { nameLocal }';

describe('accounts and API tokens administered through GraphQL, over HTTP', () => {
  let hub: TestHub;
  let origin: string;
  let admin: BrowserSession;
  let home: string;
  let implementer: string;

  const ask = async (session: BrowserSession, query: string, variables: Record<string, unknown> = {}) =>
    bodyOf(await graphqlAs(session, query, variables));
  /** The token in a link's fragment. */
  const tokenOf = (link: string) => new URL(link).hash.replace(/^#token=/, '');
  const invite = (session: BrowserSession, input: Record<string, unknown>) =>
    ask(
      session,
      `mutation ($input: AccountInvitationInput!) { inviteAccount(input: $input) { link expiresAt account { ${ACCOUNT} } } }`,
      {
        input,
      },
    );

  beforeAll(async () => {
    hub = await initScratchHub();
    await buildAccessWorld(hub.orm.em.fork());
    origin = new URL(await hub.listen()).origin;
    await insertAccount(hub.orm.em.fork(), { email: 'admin@example.org', role: Role.ADMIN, password: PASSWORD });
    admin = await signIn(origin, 'admin@example.org', PASSWORD);
    const [row] = await hub.orm.em
      .fork()
      .getConnection()
      .execute<{ home: number; implementer: number }[]>(
        `select (select id from municipality where name_local = 'Home') as home, (select id from organisation where code = 'IMPLEMENTER') as implementer`,
      );
    home = toGlobalId('Municipality', row.home);
    implementer = toGlobalId('Organisation', row.implementer);
  });
  afterAll(() => hub.close());

  it('invites a reporter, whose one-time link sets the password and signs in; the link works once', async () => {
    const invited = await invite(admin, { email: 'Reporter@Example.org', role: 'REPORTER', municipalities: [home] });
    expect(invited.errors).toBeUndefined();
    const { link, account } = invited.data!.inviteAccount;
    expect(account).toMatchObject({
      email: 'reporter@example.org',
      role: 'REPORTER',
      passwordSet: false,
      disabled: false,
    });
    expect(account.municipalities).toEqual([{ nameLocal: 'Home' }]);
    expect(link).toMatch(/^http:\/\/localhost:\d+\/accept-invitation#token=[A-Za-z0-9_-]{43}$/);
    // Not signed in before the invitation is accepted.
    expect((await postAuth(origin, 'sign-in', { email: 'reporter@example.org', password: PASSWORD })).status).toBe(401);
    const short = await postAuth(origin, 'accept-invitation', { token: tokenOf(link), password: 'short' });
    expect(short.status).toBe(400);
    const accepted = await postAuth(origin, 'accept-invitation', { token: tokenOf(link), password: PASSWORD });
    expect(accepted.status).toBe(200);
    const reporter: BrowserSession = { origin, cookie: sessionCookieOf(accepted)! };
    expect((await ask(reporter, '{ viewer { role email municipalities { nameLocal } } }')).data).toEqual({
      viewer: { role: 'REPORTER', email: 'reporter@example.org', municipalities: [{ nameLocal: 'Home' }] },
    });
    const again = await postAuth(origin, 'accept-invitation', { token: tokenOf(link), password: PASSWORD });
    expect(again.status).toBe(400);
    await signIn(origin, 'reporter@example.org', PASSWORD);
  });

  it('refuses an expired link', async () => {
    const { link } = (await invite(admin, { email: 'late@example.org', role: 'ADMIN' })).data!.inviteAccount;
    await hub.orm.em.fork().getConnection().execute(`update account_link set expires_at = now() - interval '1 second'`);
    expect((await postAuth(origin, 'accept-invitation', { token: tokenOf(link), password: PASSWORD })).status).toBe(
      400,
    );
  });

  it('names every failing field of an invitation, and writes nothing', async () => {
    const result = await invite(admin, {
      email: 'reporter@example.org',
      role: 'REPORTER',
      organisations: [implementer],
      municipalities: [toGlobalId('Municipality', 999_999), 'bm90IGFuIGlk'],
    });
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const fields = (result.errors![0].extensions!.fields as { path: string }[]).map((field) => field.path).sort();
    expect(fields).toEqual(['input.municipalities.0', 'input.municipalities.1', 'input.organisations']);
    const taken = await invite(admin, { email: 'REPORTER@example.org', role: 'REPORTER', municipalities: [home] });
    expect(taken.errors![0].extensions!.fields).toEqual([{ path: 'input.email', reason: 'has an account already.' }]);
    const editor = await invite(admin, { email: 'editor@example.org', role: 'EDITOR' });
    expect(editor.errors![0].extensions!.fields).toEqual([
      { path: 'input.organisations', reason: 'A EDITOR needs at least one organisation in its scope.' },
    ]);
    const [{ count }] = await hub.orm.em
      .fork()
      .getConnection()
      .execute<{ count: string }[]>(`select count(*) from account where email in ('editor@example.org')`);
    expect(count).toBe('0');
  });

  it('lets only ADMIN administer: a signed-in REPORTER is FORBIDDEN, anonymous UNAUTHENTICATED', async () => {
    const reporter = await signIn(origin, 'reporter@example.org', PASSWORD);
    const anonymous: BrowserSession = { origin, cookie: '' };
    for (const [session, code] of [
      [reporter, 'FORBIDDEN'],
      [anonymous, 'UNAUTHENTICATED'],
    ] as const) {
      expect((await invite(session, { email: 'x@example.org', role: 'ADMIN' })).errors![0].extensions!.code).toBe(code);
      expect((await ask(session, '{ accounts { id } }')).errors![0].extensions!.code).toBe(code);
      expect((await ask(session, '{ apiTokens { id } }')).errors![0].extensions!.code).toBe(code);
      const created = await ask(session, 'mutation { createApiToken(input: { name: "x", role: ADMIN }) { secret } }');
      expect(created.errors![0].extensions!.code).toBe(code);
    }
  });

  it("changes an account's role and scope, which its open session takes at its next request", async () => {
    const reporter = await signIn(origin, 'reporter@example.org', PASSWORD);
    const { accounts } = (await ask(admin, `{ accounts { ${ACCOUNT} } }`)).data!;
    const id = accounts.find((account: { email: string }) => account.email === 'reporter@example.org').id;
    const updated = await ask(
      admin,
      `mutation ($id: ID!, $input: AccessFields!) { updateAccount(id: $id, input: $input) { ${ACCOUNT} } }`,
      {
        id,
        input: { role: 'EDITOR', organisations: [implementer] },
      },
    );
    expect(updated.data!.updateAccount).toMatchObject({
      role: 'EDITOR',
      organisations: [{ code: 'IMPLEMENTER' }],
      municipalities: [],
    });
    expect((await ask(reporter, '{ viewer { role organisations { code } } }')).data).toEqual({
      viewer: { role: 'EDITOR', organisations: [{ code: 'IMPLEMENTER' }] },
    });
  });

  it('ends every session of a disabled account at once; enabled again, it signs in anew but its old sessions stay ended', async () => {
    await insertAccount(hub.orm.em.fork(), { email: 'leaver@example.org', role: Role.ADMIN, password: PASSWORD });
    const first = await signIn(origin, 'leaver@example.org', PASSWORD);
    const second = await signIn(origin, 'leaver@example.org', PASSWORD);
    const id = (await ask(admin, '{ accounts { id email } }')).data!.accounts.find(
      (account: { email: string }) => account.email === 'leaver@example.org',
    ).id;
    const disabled = await ask(admin, 'mutation ($id: ID!) { disableAccount(id: $id) { disabled } }', { id });
    expect(disabled.data).toEqual({ disableAccount: { disabled: true } });
    for (const session of [first, second]) expect((await graphqlAs(session, '{ viewer { role } }')).status).toBe(401);
    expect((await postAuth(origin, 'sign-in', { email: 'leaver@example.org', password: PASSWORD })).status).toBe(401);
    await ask(admin, 'mutation ($id: ID!) { enableAccount(id: $id) { disabled } }', { id });
    expect((await graphqlAs(first, '{ viewer { role } }')).status).toBe(401);
    await signIn(origin, 'leaver@example.org', PASSWORD);
  });

  it('resets a password through a one-time link, which ends the other sessions of the account', async () => {
    await insertAccount(hub.orm.em.fork(), { email: 'forgetful@example.org', role: Role.ADMIN, password: PASSWORD });
    const before = await signIn(origin, 'forgetful@example.org', PASSWORD);
    const id = (await ask(admin, '{ accounts { id email } }')).data!.accounts.find(
      (account: { email: string }) => account.email === 'forgetful@example.org',
    ).id;
    const { link } = (await ask(admin, 'mutation ($id: ID!) { createPasswordReset(id: $id) { link } }', { id })).data!
      .createPasswordReset;
    expect(link).toContain('/reset-password#token=');
    // An invitation link does not reset, nor the reverse.
    expect(
      (await postAuth(origin, 'accept-invitation', { token: tokenOf(link), password: 'a new long password' })).status,
    ).toBe(400);
    const reset = await postAuth(origin, 'reset-password', { token: tokenOf(link), password: 'a new long password' });
    expect(reset.status).toBe(200);
    expect((await graphqlAs(before, '{ viewer { role } }')).status).toBe(401);
    expect((await graphqlAs({ origin, cookie: sessionCookieOf(reset)! }, '{ viewer { role } }')).status).toBe(200);
    expect((await postAuth(origin, 'sign-in', { email: 'forgetful@example.org', password: PASSWORD })).status).toBe(
      401,
    );
    await signIn(origin, 'forgetful@example.org', 'a new long password');
  });

  it('makes an API token whose secret is shown once and works as a bearer token, lists it without the secret, and revokes it', async () => {
    const created = await ask(
      admin,
      'mutation ($input: ApiTokenInput!) { createApiToken(input: $input) { secret token { id name role organisations { code } revokedAt } } }',
      { input: { name: 'Nightly import', role: 'VIEWER', organisations: [implementer] } },
    );
    const { secret, token } = created.data!.createApiToken;
    expect(secret).toMatch(/^hub_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({
      name: 'Nightly import',
      role: 'VIEWER',
      organisations: [{ code: 'IMPLEMENTER' }],
      revokedAt: null,
    });
    const bearer = (authorization: string) =>
      fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: '{ viewer { authentication role } }' }),
      });
    expect((await bodyOf(await bearer(`Bearer ${secret}`))).data).toEqual({
      viewer: { authentication: 'TOKEN', role: 'VIEWER' },
    });
    const listed = await ask(admin, '{ apiTokens { id name } }');
    expect(listed.data!.apiTokens).toContainEqual({ id: token.id, name: 'Nightly import' });
    expect(JSON.stringify(listed)).not.toContain(secret.slice(4));
    const revoked = await ask(admin, 'mutation ($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', { id: token.id });
    expect(revoked.data!.revokeApiToken.revokedAt).not.toBeNull();
    expect((await bearer(`Bearer ${secret}`)).status).toBe(401);
    const past = await ask(
      admin,
      'mutation { createApiToken(input: { name: "old", role: ADMIN, expiresAt: "2020-01-01T00:00:00Z" }) { secret } }',
    );
    expect(past.errors![0].extensions!.fields).toEqual([{ path: 'input.expiresAt', reason: 'must be in the future.' }]);
  });

  it('audits every account and token write as the signed-in admin, never with a hash', async () => {
    const rows = await hub.orm.em
      .fork()
      .getConnection()
      .execute<{ actor: string; action: string; entity_type: string; before: object | null; after: object }[]>(
        `select actor, action, entity_type, before, after from audit_event where entity_type in ('Account', 'ApiToken') order by id`,
      );
    const adminId = (
      await hub.orm.em
        .fork()
        .getConnection()
        .execute<{ id: number }[]>(`select id from account where email = 'admin@example.org'`)
    )[0].id;
    expect(rows.map((row) => `${row.entity_type} ${row.action}`)).toEqual([
      'Account CREATE', // reporter
      'Account CREATE', // late
      'Account UPDATE', // reporter's role
      'Account UPDATE', // leaver disabled
      'Account UPDATE', // leaver enabled
      'ApiToken CREATE',
      'ApiToken UPDATE', // revoked
    ]);
    expect(new Set(rows.map((row) => row.actor))).toEqual(new Set([`account:${adminId}`]));
    const text = JSON.stringify(rows);
    expect(text).not.toContain('password_hash');
    expect(text).not.toContain('secret_hash');
    expect(text).not.toContain('$argon2id$');
    expect(rows[2].before).toMatchObject({ role: 'REPORTER' });
    expect(rows[2].after).toMatchObject({ role: 'EDITOR' });
  });
});
