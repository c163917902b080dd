import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/auth/api-tokens';
import { Role } from '../src/entities/role.enum';
import { serverSettingsFromEnv } from '../src/server/server-settings';
import { createScratchDatabase, initTestHub, type TestHub } from './support/test-hub';

const ALLOWANCE = 5;
const PROGRAMMES = '{ programmes { totalCount } }';
const FORGED = `Bearer hub_${Buffer.alloc(32, 7).toString('base64url')}`;

/**
 * Every request with a token costs a look-up, so bad tokens (unknown, revoked, expired, malformed)
 * are counted per client address: past RATE_LIMIT_BAD_TOKENS in a window, a request with a token is
 * refused with 429 before its token is looked up. The hub trusts 127.0.0.1 as its proxy, so each
 * test speaks from an address of its own through X-Forwarded-For.
 */
describe('bad tokens are rate-limited per client address, before their look-up', () => {
  let database: { url: string; drop: () => Promise<void> };
  let hub: TestHub;
  let url: string;
  let live: string;

  beforeAll(async () => {
    database = await createScratchDatabase();
    hub = await initTestHub(
      database.url,
      serverSettingsFromEnv({
        RATE_LIMIT_BAD_TOKENS: String(ALLOWANCE),
        TRUSTED_PROXIES: '127.0.0.1',
        RESPONSE_CACHE_SECONDS: '0',
      }),
    );
    live = (await createApiToken(hub.orm.em.fork(), { name: 'live', role: Role.ADMIN })).secret;
    url = await hub.listen();
  });
  afterAll(async () => {
    await hub?.close();
    await database?.drop();
  });

  const ask = (from: string, authorization: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from, authorization },
      body: JSON.stringify({ query: PROGRAMMES }),
    });
  const unresolvedStatements = async () => {
    const text = await (await fetch(new URL('/metrics', url))).text();
    return Number(/^hub_sql_statements_total\{operation="<unresolved>"\} (\d+)$/m.exec(text)?.[1] ?? 0);
  };

  it(`looks up ${ALLOWANCE} bad tokens of one address in a window, then answers 429 without a look-up`, async () => {
    const before = await unresolvedStatements();
    const statuses: number[] = [];
    for (let i = 0; i < ALLOWANCE + 3; i += 1) {
      const response = await ask('203.0.113.1', FORGED);
      statuses.push(response.status);
      if (response.status !== 429) continue;
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const { errors } = (await response.json()) as { errors: { message: string; extensions: Record<string, any> }[] };
      expect(errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(errors[0].message).toMatch(
        /This address sent more than 5 unknown, revoked, expired or malformed tokens or sessions in 60 s; retry in \d+ s\./,
      );
      expect(errors[0].extensions.cost).toMatchObject({ requested: 1, remaining: 0 });
    }
    expect(statuses).toEqual([...Array(ALLOWANCE).fill(401), 429, 429, 429]);
    // One look-up for each of the first five; none for the refused.
    expect((await unresolvedStatements()) - before).toBe(ALLOWANCE);
    // Another address still has its allowance.
    expect((await ask('203.0.113.2', FORGED)).status).toBe(401);
  });

  it('counts no live token against the allowance, however many requests it makes', async () => {
    for (let i = 0; i < ALLOWANCE * 3; i += 1) expect((await ask('203.0.113.3', `Bearer ${live}`)).status).toBe(200);
    for (let i = 0; i < ALLOWANCE; i += 1) expect((await ask('203.0.113.3', FORGED)).status).toBe(401);
    expect((await ask('203.0.113.3', FORGED)).status).toBe(429);
  });

  it('refuses a flood of unknown session cookies at /auth/session before their look-up, and shares the allowance with /graphql', async () => {
    const session = (cookie: string) =>
      fetch(new URL('/auth/session', url), { headers: { 'x-forwarded-for': '203.0.113.5', cookie } });
    for (let i = 0; i < ALLOWANCE - 1; i += 1) {
      const answer = await session(`hub_session=${Buffer.alloc(32, i).toString('base64url')}`);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ signedIn: false, account: null, ended: true });
    }
    expect((await ask('203.0.113.5', FORGED)).status).toBe(401);
    const before = await unresolvedStatements();
    const refused = await session(`hub_session=${Buffer.alloc(32, 99).toString('base64url')}`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await unresolvedStatements()) - before).toBe(0);
    // Without a cookie there is nothing to look up, and nothing is refused.
    expect((await session('')).status).toBe(200);
  });

  it('refuses the same flood at the CSV import endpoint', async () => {
    const importCsv = () =>
      fetch(new URL('/import/observations', url), {
        method: 'POST',
        headers: { 'content-type': 'text/csv', 'x-forwarded-for': '203.0.113.4', authorization: FORGED },
        body: 'indicator\n',
      });
    for (let i = 0; i < ALLOWANCE; i += 1) expect((await importCsv()).status).toBe(401);
    const refused = await importCsv();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'QUERY_TOO_COMPLEX',
    );
  });
});
