import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAccount } from '../src/auth/accounts';
import { Role } from '../src/entities/role.enum';
import { serverSettingsFromEnv } from '../src/server/server-settings';
import { bodyOf } from './support/expect-error';
import { graphqlAs } from './support/browser-session';
import { createScratchDatabase, initTestHub, type TestHub } from './support/test-hub';

/** The people the test's provider knows: login, email and whether it verified the email. */
const PEOPLE: Record<string, { email: string; email_verified: boolean }> = {
  ana: { email: 'Ana@Example.org', email_verified: true },
  eve: { email: 'eve@example.org', email_verified: false },
  stranger: { email: 'stranger@example.org', email_verified: true },
};

/** What `oidc-provider` is used as here (the package has no type declarations). */
interface TestProvider {
  callback(): (req: unknown, res: unknown) => void;
}

/** The cookies of one origin, as a browser keeps them. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      if (value === '' || /max-age=0/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

describe('sign-in through an OpenID Connect provider (oidc-provider, started by the test)', () => {
  let hub: TestHub;
  let origin: string;
  let drop: () => Promise<void>;
  let providerServer: Server;
  let issuer: string;

  beforeAll(async () => {
    providerServer = createServer();
    await new Promise<void>((resolve) => providerServer.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(providerServer.address() as AddressInfo).port}`;
    const settings = serverSettingsFromEnv({
      ...process.env,
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: 'hub',
      OIDC_CLIENT_SECRET: 'a client secret long enough for HS256 signing keys',
    });
    const database = await createScratchDatabase();
    drop = database.drop;
    hub = await initTestHub(database.url, settings);
    origin = new URL(await hub.listen()).origin;
    // The hub's port is known only now; its sign-in reads the redirect URI when it runs.
    settings.accounts.oidc!.redirectUri = `${origin}/auth/oidc/callback`;
    const packageName = 'oidc-provider';
    const { default: Provider } = (await import(packageName)) as {
      default: new (issuer: string, configuration: object) => TestProvider;
    };
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: 'hub',
          client_secret: 'a client secret long enough for HS256 signing keys',
          redirect_uris: [`${origin}/auth/oidc/callback`],
        },
      ],
      pkce: { required: () => true },
      ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
      claims: { openid: ['sub'], email: ['email', 'email_verified'] },
      findAccount: (_context: unknown, id: string) => ({
        accountId: id,
        claims: () => ({ sub: id, ...PEOPLE[id] }),
      }),
    });
    providerServer.on('request', provider.callback());
    await insertAccount(hub.orm.em.fork(), { email: 'ana@example.org', role: Role.REVIEWER, organisationIds: [1] });
    await insertAccount(hub.orm.em.fork(), { email: 'eve@example.org', role: Role.ADMIN });
  });
  afterAll(async () => {
    await hub?.close();
    await drop?.();
    providerServer?.close();
  });

  /**
   * A browser signing in as `login` at the provider: the hub's start, the provider's login and
   * consent forms, and back to the hub's callback. Returns the callback's answer and the hub's cookies.
   */
  async function signInAt(
    login: string,
    returnTo?: string,
  ): Promise<{ response: Response; hubCookies: CookieJar; startLocation: URL }> {
    const hubCookies = new CookieJar();
    const providerCookies = new CookieJar();
    const query = returnTo === undefined ? '' : `?next=${encodeURIComponent(returnTo)}`;
    const start = await fetch(`${origin}/auth/oidc/start${query}`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    hubCookies.take(start);
    const startLocation = new URL(start.headers.get('location')!);
    let next: { url: string; init: RequestInit } = { url: startLocation.href, init: {} };
    for (let step = 0; step < 20; step += 1) {
      if (next.url.startsWith(origin)) {
        const response = await fetch(next.url, { redirect: 'manual', headers: { cookie: hubCookies.header() } });
        hubCookies.take(response);
        return { response, hubCookies, startLocation };
      }
      const response = await fetch(next.url, {
        ...next.init,
        redirect: 'manual',
        headers: { ...(next.init.headers as Record<string, string>), cookie: providerCookies.header() },
      });
      providerCookies.take(response);
      const location = response.headers.get('location');
      if (location) {
        next = { url: new URL(location, next.url).href, init: {} };
        continue;
      }
      const html = await response.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      if (!action || !prompt)
        throw new Error(`the provider answered ${response.status} without a form: ${html.slice(0, 300)}`);
      const form = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt });
      next = {
        url: new URL(action, next.url).href,
        init: {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: form.toString(),
        },
      };
    }
    throw new Error('too many steps at the provider');
  }

  it('sends the browser to the provider with the authorization code flow, PKCE (S256), state and nonce', async () => {
    const start = await fetch(`${origin}/auth/oidc/start`, { redirect: 'manual' });
    const location = new URL(start.headers.get('location')!);
    expect(location.origin).toBe(issuer);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'hub',
      redirect_uri: `${origin}/auth/oidc/callback`,
      scope: 'openid email',
      code_challenge_method: 'S256',
    });
    for (const check of ['state', 'nonce', 'code_challenge'])
      expect(location.searchParams.get(check)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(start.headers.get('set-cookie')).toMatch(
      /^hub_oidc=[A-Za-z0-9_-]+; Path=\/auth\/oidc\/; HttpOnly; SameSite=Lax; Max-Age=600$/,
    );
    expect(await (await fetch(`${origin}/auth/methods`)).json()).toEqual({
      password: true,
      oidc: true,
      oidcProvider: '127.0.0.1',
    });
  });

  it('signs in the invited account whose email the provider verified, with its role and scope', async () => {
    const { response, hubCookies } = await signInAt('ana');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/');
    const session = { origin, cookie: `hub_session=${hubCookies.get('hub_session')}` };
    const body = await bodyOf(await graphqlAs(session, '{ viewer { authentication role email } }'));
    expect(body.data).toEqual({ viewer: { authentication: 'SESSION', role: 'REVIEWER', email: 'ana@example.org' } });
    expect(hubCookies.get('hub_oidc')).toBeUndefined();
  });

  it('refuses a person without an account (not invited) and an email the provider did not verify', async () => {
    for (const [login, why] of [
      ['stranger', 'no-account'],
      ['eve', 'email-not-verified'],
    ]) {
      const { response, hubCookies } = await signInAt(login);
      expect(response.status, login).toBe(302);
      expect(response.headers.get('location'), login).toBe(`/sign-in?error=${why}`);
      expect(hubCookies.get('hub_session'), login).toBeUndefined();
    }
    const [{ count }] = await hub.orm.em
      .fork()
      .getConnection()
      .execute<{ count: string }[]>(`select count(*) from account where email = 'stranger@example.org'`);
    expect(count).toBe('0');
  });

  it('refuses a callback whose state is not the one the browser kept, or without the checks cookie', async () => {
    const { startLocation } = await signInAt('ana');
    const forged = await fetch(
      `${origin}/auth/oidc/callback?code=abc&state=${startLocation.searchParams.get('state')}`,
      {
        redirect: 'manual',
      },
    );
    expect(forged.headers.get('location')).toBe('/sign-in?error=oidc-expired');
    const other = await fetch(`${origin}/auth/oidc/start`, { redirect: 'manual' });
    const cookie = other.headers.get('set-cookie')!.split(';')[0];
    const mismatched = await fetch(`${origin}/auth/oidc/callback?code=abc&state=not-the-state`, {
      redirect: 'manual',
      headers: { cookie },
    });
    expect(mismatched.headers.get('location')).toBe('/sign-in?error=oidc-refused');
    expect(mismatched.headers.getSetCookie().some((header) => header.startsWith('hub_session='))).toBe(false);
  });

  it('returns to the local page the start was given, never to another site', async () => {
    const back = await signInAt('ana', '/report?municipality=NO-0301&year=2025');
    expect(back.response.headers.get('location')).toBe('/report?municipality=NO-0301&year=2025');
    // A path with letters a Location header cannot carry comes back percent-encoded (it answered 500).
    const encoded = await signInAt('ana', '/municipalities/RS/Čačak');
    expect(encoded.response.headers.get('location')).toBe('/municipalities/RS/%C4%8Ca%C4%8Dak');
    for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', '/\t/evil.example']) {
      const { response } = await signInAt('ana', next);
      expect(response.status, next).toBe(302);
      expect(response.headers.get('location'), next).toBe('/');
    }
  });

  // Last: it spends the address's sign-in attempts.
  it('throttles the callback per address as password sign-in is: past SIGN_IN_ATTEMPTS_PER_ADDRESS, even a good sign-in is refused', async () => {
    const limit = serverSettingsFromEnv(process.env).accounts.signInAttemptsPerAddress;
    // Callbacks a page elsewhere can send (no checks cookie, or a state it cannot know) spend nothing.
    const started = await fetch(`${origin}/auth/oidc/start`, { redirect: 'manual' });
    const checks = started.headers.get('set-cookie')!.split(';')[0];
    const state = new URL(started.headers.get('location')!).searchParams.get('state')!;
    for (let attempt = 0; attempt <= limit; attempt += 1) {
      const bare = await fetch(`${origin}/auth/oidc/callback?code=abc&state=forged`, { redirect: 'manual' });
      expect(bare.headers.get('location')).toBe('/sign-in?error=oidc-expired');
      const guessed = await fetch(`${origin}/auth/oidc/callback?code=abc&state=forged`, {
        redirect: 'manual',
        headers: { cookie: checks },
      });
      expect(guessed.headers.get('location')).toBe('/sign-in?error=oidc-refused');
    }
    // A callback with the kept state and a code the provider refuses spends one.
    const locations: string[] = [];
    for (let attempt = 0; attempt <= limit; attempt += 1) {
      const forged = await fetch(`${origin}/auth/oidc/callback?code=abc&state=${state}`, {
        redirect: 'manual',
        headers: { cookie: checks },
      });
      locations.push(forged.headers.get('location')!);
      if (forged.headers.get('location')!.includes('too-many-attempts')) {
        expect(Number(forged.headers.get('retry-after'))).toBeGreaterThan(0);
        break;
      }
    }
    expect(locations.at(-1)).toMatch(/^\/sign-in\?error=too-many-attempts&retryAfter=\d+$/);
    expect(locations.length).toBeLessThanOrEqual(limit + 1);
    const { response, hubCookies } = await signInAt('ana');
    expect(response.headers.get('location')).toMatch(/^\/sign-in\?error=too-many-attempts/);
    expect(hubCookies.get('hub_session')).toBeUndefined();
  });
});
