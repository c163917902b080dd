import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/auth/api-tokens';
import { insertAccount } from '../src/auth/accounts';
import { localPath } from '../src/auth/local-path';
import { Role } from '../src/entities/role.enum';
import { serverSettingsFromEnv } from '../src/server/server-settings';
import { bodyOf } from './support/expect-error';
import { graphqlAs, postAuth, sessionCookieOf, signIn, type BrowserSession } from './support/browser-session';
import { createScratchDatabase, initTestHub, type TestHub } from './support/test-hub';

const PASSWORD = 'correct horse battery staple';
const VIEWER = '{ viewer { authentication role email } }';

/** A hub over a scratch database with `env`'s settings; returns it and its origin. */
async function startHub(
  env: Record<string, string>,
): Promise<{ hub: TestHub; origin: string; drop: () => Promise<void> }> {
  const database = await createScratchDatabase();
  const hub = await initTestHub(database.url, serverSettingsFromEnv({ ...process.env, ...env }));
  const origin = new URL(await hub.listen()).origin;
  return { hub, origin, drop: database.drop };
}

describe('sessions: sign-in, cookie, sign-out, fixation, cross-site requests', () => {
  let hub: TestHub;
  let origin: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ hub, origin, drop } = await startHub({ TRUSTED_PROXIES: '10.9.9.9' }));
    await insertAccount(hub.orm.em.fork(), { email: 'Ana@Example.org', role: Role.ADMIN, password: PASSWORD });
  });
  afterAll(async () => {
    await hub.close();
    await drop();
  });

  it('signs in (email in any case) with an HttpOnly, SameSite=Lax cookie, not Secure over plain HTTP, and reads as the account', async () => {
    const response = await postAuth(origin, 'sign-in', { email: ' ana@EXAMPLE.org', password: PASSWORD });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^hub_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=43200$/);
    const session: BrowserSession = { origin, cookie: sessionCookieOf(response)! };
    const body = await bodyOf(await graphqlAs(session, VIEWER));
    expect(body.data).toEqual({ viewer: { authentication: 'SESSION', role: 'ADMIN', email: 'ana@example.org' } });
    const anonymous = await bodyOf(await graphqlAs({ origin, cookie: '' }, VIEWER));
    expect(anonymous.data).toEqual({ viewer: { authentication: 'ANONYMOUS', role: null, email: null } });
  });

  it('stores only a hash of the session secret', async () => {
    const session = await signIn(origin, 'ana@example.org', PASSWORD);
    const secret = session.cookie.split('=')[1];
    const rows = await hub.orm.em
      .fork()
      .getConnection()
      .execute<{ secret_hash: string }[]>('select secret_hash from account_session');
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(secret);
  });

  it('sets Secure when a trusted proxy says the browser came over HTTPS, and not when anyone else says so', async () => {
    // The hub's peer is 127.0.0.1, not the trusted proxy, so X-Forwarded-Proto is not believed.
    const untrusted = await fetch(`${origin}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'fetch', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ email: 'ana@example.org', password: PASSWORD }),
    });
    expect(untrusted.headers.get('set-cookie')).not.toContain('Secure');
    const { hub: proxied, origin: proxiedOrigin, drop: dropProxied } = await startHub({ TRUSTED_PROXIES: '127.0.0.1' });
    try {
      await insertAccount(proxied.orm.em.fork(), { email: 'ana@example.org', role: Role.ADMIN, password: PASSWORD });
      const trusted = await fetch(`${proxiedOrigin}/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-requested-with': 'fetch', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ email: 'ana@example.org', password: PASSWORD }),
      });
      expect(trusted.status).toBe(200);
      expect(trusted.headers.get('set-cookie')).toMatch(/; Secure$/);
    } finally {
      await proxied.close();
      await dropProxied();
    }
  });

  it('refuses a cookie-authenticated POST without X-Requested-With (a cross-site form) with 403, and runs nothing', async () => {
    const session = await signIn(origin, 'ana@example.org', PASSWORD);
    const refused = await graphqlAs(session, VIEWER, {}, false);
    expect(refused.status).toBe(403);
    expect((await bodyOf(refused)).errors![0].extensions!.code).toBe('FORBIDDEN');
    // A form post as a browser sends it cross-site: urlencoded, the cookie, no custom header.
    const form = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: session.cookie },
      body: 'query=mutation%7BrevokeApiToken(id:1)%7Bid%7D%7D',
    });
    expect(form.status).toBe(403);
    // The sign-in endpoints too: a cross-site form cannot sign a browser out (or in).
    const signOut = await fetch(`${origin}/auth/sign-out`, { method: 'POST', headers: { cookie: session.cookie } });
    expect(signOut.status).toBe(403);
    expect((await bodyOf(await graphqlAs(session, VIEWER))).data!.viewer.authentication).toBe('SESSION');
  });

  it('keeps bearer tokens working unchanged, a cookie alongside or not, without the header', async () => {
    const { secret } = await createApiToken(hub.orm.em.fork(), { name: 't', role: Role.ADMIN });
    const session = await signIn(origin, 'ana@example.org', PASSWORD);
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}`, cookie: session.cookie },
      body: JSON.stringify({ query: VIEWER }),
    });
    expect((await bodyOf(response)).data!.viewer.authentication).toBe('TOKEN');
  });

  it('gives a new session id at every sign-in and ends the one the browser came with (fixation)', async () => {
    const first = await signIn(origin, 'ana@example.org', PASSWORD);
    const second = await signIn(origin, 'ana@example.org', PASSWORD, first.cookie);
    expect(second.cookie).not.toBe(first.cookie);
    const stale = await graphqlAs(first, VIEWER);
    expect(stale.status).toBe(401);
    expect((await bodyOf(stale)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await bodyOf(await graphqlAs(second, VIEWER))).data!.viewer.authentication).toBe('SESSION');
  });

  it('ends the session at sign-out and clears the cookie; the old cookie is refused with 401, never read as anonymous', async () => {
    const session = await signIn(origin, 'ana@example.org', PASSWORD);
    const out = await postAuth(origin, 'sign-out', {}, session.cookie);
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/^hub_session=; Path=\/; HttpOnly; SameSite=Lax; Max-Age=0$/);
    const after = await graphqlAs(session, VIEWER);
    expect(after.status).toBe(401);
  });

  it('tells the app who the session signs in (GET /auth/session), always 200, and that an ended session has ended', async () => {
    const sessionOf = async (cookie?: string) => {
      const response = await fetch(`${origin}/auth/session`, { headers: cookie ? { cookie } : {} });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      return response.json();
    };
    expect(await sessionOf()).toEqual({ signedIn: false, account: null, ended: false });
    const session = await signIn(origin, 'ana@example.org', PASSWORD);
    expect(await sessionOf(session.cookie)).toEqual({
      signedIn: true,
      account: { email: 'ana@example.org', role: 'ADMIN' },
    });
    await postAuth(origin, 'sign-out', {}, session.cookie);
    expect(await sessionOf(session.cookie)).toEqual({ signedIn: false, account: null, ended: true });
    expect(await sessionOf('hub_session=not-a-session')).toEqual({ signedIn: false, account: null, ended: true });
  });

  it('answers an unknown email and a wrong password alike, in similar time', async () => {
    const answer = async (email: string) => {
      const started = performance.now();
      const response = await postAuth(origin, 'sign-in', { email, password: 'not the password at all' });
      const elapsed = performance.now() - started;
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      return {
        status: response.status,
        message: body.errors[0].message,
        code: body.errors[0].extensions.code,
        elapsed,
        cookie: response.headers.get('set-cookie'),
      };
    };
    const wrong = await answer('ana@example.org');
    const unknown = await answer('nobody@example.org');
    expect({ ...unknown, elapsed: 0 }).toEqual({ ...wrong, elapsed: 0 });
    expect(wrong).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
      message: 'The email or password is wrong.',
      cookie: null,
    });
    // Both check one argon2id hash (tens of milliseconds); an unknown email without one would answer in about 1 ms.
    expect(unknown.elapsed).toBeGreaterThan(wrong.elapsed / 4);
    expect(wrong.elapsed).toBeGreaterThan(unknown.elapsed / 4);
  });

  it('refuses the session of an account disabled since, and its sign-in with the same answer as a wrong password', async () => {
    await insertAccount(hub.orm.em.fork(), { email: 'gone@example.org', role: Role.ADMIN, password: PASSWORD });
    const session = await signIn(origin, 'gone@example.org', PASSWORD);
    await hub.orm.em
      .fork()
      .getConnection()
      .execute(`update account set disabled_at = now() where email = 'gone@example.org'`);
    expect((await graphqlAs(session, VIEWER)).status).toBe(401);
    const again = await postAuth(origin, 'sign-in', { email: 'gone@example.org', password: PASSWORD });
    expect(again.status).toBe(401);
    expect(((await again.json()) as { errors: { message: string }[] }).errors[0].message).toBe(
      'The email or password is wrong.',
    );
  });
});

describe('session expiry (short settings)', () => {
  let hub: TestHub;
  let origin: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ hub, origin, drop } = await startHub({ SESSION_IDLE_TIMEOUT_SECONDS: '2', SESSION_MAX_AGE_SECONDS: '4' }));
    await insertAccount(hub.orm.em.fork(), { email: 'ana@example.org', role: Role.ADMIN, password: PASSWORD });
  });
  afterAll(async () => {
    await hub.close();
    await drop();
  });

  it('ends a session left idle longer than SESSION_IDLE_TIMEOUT_SECONDS', async () => {
    const session = await signIn(origin, 'ana@example.org', PASSWORD);
    expect((await graphqlAs(session, VIEWER)).status).toBe(200);
    await sleep(2_500);
    expect((await graphqlAs(session, VIEWER)).status).toBe(401);
  });

  it('ends a busy session SESSION_MAX_AGE_SECONDS after sign-in', async () => {
    const session = await signIn(origin, 'ana@example.org', PASSWORD);
    const started = Date.now();
    // A request every second keeps it from going idle ...
    while (Date.now() - started < 3_400) {
      expect((await graphqlAs(session, VIEWER)).status).toBe(200);
      await sleep(1_000);
    }
    await sleep(Math.max(0, 4_300 - (Date.now() - started)));
    // ... but not past its maximum age.
    expect((await graphqlAs(session, VIEWER)).status).toBe(401);
  });
});

describe('sign-in throttling', () => {
  let hub: TestHub;
  let origin: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ hub, origin, drop } = await startHub({ SIGN_IN_ATTEMPTS_PER_ACCOUNT: '3', SIGN_IN_ATTEMPTS_PER_ADDRESS: '8' }));
    await insertAccount(hub.orm.em.fork(), { email: 'ana@example.org', role: Role.ADMIN, password: PASSWORD });
    await insertAccount(hub.orm.em.fork(), { email: 'ben@example.org', role: Role.ADMIN, password: PASSWORD });
  });
  afterAll(async () => {
    await hub.close();
    await drop();
  });

  it('refuses an email past SIGN_IN_ATTEMPTS_PER_ACCOUNT attempts with 429 and Retry-After, even with the right password; a known and an unknown email alike', async () => {
    for (const email of ['ana@example.org', 'nobody@example.org']) {
      for (let attempt = 0; attempt < 3; attempt += 1)
        expect((await postAuth(origin, 'sign-in', { email, password: 'wrong wrong wrong' })).status).toBe(401);
      const throttled = await postAuth(origin, 'sign-in', { email, password: PASSWORD });
      expect(throttled.status, email).toBe(429);
      expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(throttled.headers.get('set-cookie')).toBeNull();
    }
    // Another account is not held up by it.
    await signIn(origin, 'ben@example.org', PASSWORD);
  });

  it('refuses an address past SIGN_IN_ATTEMPTS_PER_ADDRESS attempts, whatever the emails', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1)
      statuses.push(
        (await postAuth(origin, 'sign-in', { email: `guess${attempt}@example.org`, password: 'x'.repeat(12) })).status,
      );
    // 8 per address: 3 + 3 wrong passwords spent above (the refused attempts and the successful sign-in cost nothing), so 2 are left.
    expect(statuses).toEqual([401, 401, 429, 429, 429, 429]);
  });
});

describe('where a signed-in browser is sent back to', () => {
  it('keeps local paths and drops every other place, however it is spelled', () => {
    for (const local of ['/', '/report?municipality=NO-0301&year=2025', '/admin#accounts', '/a/b%2F%2Fc'])
      expect(localPath(local), local).toBe(local);
    // What a Location header cannot carry goes percent-encoded, as a browser would send it.
    expect(localPath('/municipalities/RS/Čačak?q=日')).toBe('/municipalities/RS/%C4%8Ca%C4%8Dak?q=%E6%97%A5');
    expect(localPath(`/${'日'.repeat(500)}`)).toBeNull();
    expect(localPath('/\ud800')).toBeNull();
    for (const elsewhere of [
      '//evil.example',
      'https://evil.example/',
      '/\\evil.example',
      '/\t/evil.example',
      ' /report',
      'report',
      'javascript:alert(1)',
      '',
      `/${'a'.repeat(2_000)}`,
      undefined,
      42,
    ])
      expect(localPath(elsewhere), String(elsewhere)).toBeNull();
  });
});
