import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/auth/api-tokens';
import { Role } from '../src/entities/role.enum';
import { connectOrm } from '../src/db/orm';
import { findFreePort } from '../src/db/embedded-postgres-server';
import { serverSettingsFromEnv } from '../src/server/server-settings';
import { buildAccessWorld } from './support/access-fixture';
import { bodyOf, type GraphQLResponseBody } from './support/expect-error';
import { createScratchDatabase, initTestHub, type TestHub } from './support/test-hub';

const NAME = 'query Name { programme(code: "PUBLIC") { nameEn } }';

/** What one HTTP request to the GraphQL endpoint answered. */
interface Answer {
  status: number;
  cacheControl: string | null;
  age: string | null;
  body: GraphQLResponseBody & { extensions?: Record<string, any> };
}

/** POSTs `body` to `url`, with the token `secret` when given. */
async function post(url: string, body: Record<string, unknown>, secret?: string): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (secret) headers.authorization = `Bearer ${secret}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    age: response.headers.get('age'),
    body: await bodyOf(response),
  };
}

/** The body of an automatic persisted query: its hash, and the query itself when registering it. */
function persisted(query: string, register: boolean): Record<string, unknown> {
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  return { ...(register ? { query } : {}), extensions: { persistedQuery: { version: 1, sha256Hash } } };
}

function codesOf(answer: Answer): unknown[] | undefined {
  return answer.body.errors?.map((error) => error.extensions?.code);
}

/** A scratch database holding the access world, and a function that renames its PUBLIC programme behind the hub's back. */
async function worldDatabase(): Promise<{
  url: string;
  drop: () => Promise<void>;
  adminSecret: string;
  rename: (name: string) => Promise<void>;
}> {
  const database = await createScratchDatabase();
  const orm = await connectOrm(database.url);
  let adminSecret: string;
  try {
    await buildAccessWorld(orm.em.fork());
    ({ secret: adminSecret } = await createApiToken(orm.em.fork(), { name: 'cache test', role: Role.ADMIN }));
  } finally {
    await orm.close();
  }
  const rename = async (name: string) => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(`update programme set name_en = $1 where code = 'PUBLIC'`, [name]);
    } finally {
      await client.end();
    }
  };
  return { ...database, adminSecret, rename };
}

describe('the public response cache (in memory)', () => {
  let world: Awaited<ReturnType<typeof worldDatabase>>;
  let hub: TestHub;
  let url: string;

  beforeAll(async () => {
    world = await worldDatabase();
    hub = await initTestHub(
      world.url,
      serverSettingsFromEnv({ RESPONSE_CACHE_SECONDS: '30', GRAPHQL_MAX_COST: '1000' }),
    );
    url = await hub.listen();
  });

  afterAll(async () => {
    await hub?.close();
    await world?.drop();
  });

  it('serves an anonymous query again from the cache, without SQL, charging its cost, with Cache-Control: public', async () => {
    const first = await post(url, { query: NAME });
    expect(first).toMatchObject({
      status: 200,
      cacheControl: 'max-age=30, public',
      age: null,
      body: { data: { programme: { nameEn: 'Public' } } },
    });
    await world.rename('Renamed');

    const second = await post(url, { query: NAME });
    expect(second.body.data).toEqual({ programme: { nameEn: 'Public' } });
    expect(second.cacheControl).toBe('max-age=30, public');
    expect(Number(second.age)).toBeGreaterThanOrEqual(0);
    // Both came from 127.0.0.1: the hit was charged like the first answer.
    expect(second.body.extensions!.cost).toEqual({
      requested: 2,
      remaining: first.body.extensions!.cost.remaining - 2,
    });

    const inProcess = await hub.query(NAME);
    expect(inProcess.data).toEqual({ programme: { nameEn: 'Public' } });
    expect(inProcess.statements).toBe(0);
    // Other variables or another query are not the cached one.
    expect((await hub.query('query Other { programme(code: "PUBLIC") { nameEn code } }')).data).toEqual({
      programme: { nameEn: 'Renamed', code: 'PUBLIC' },
    });
  });

  it('keeps an answer as Apollo’s field-by-field policy would: a schema field at the root, through fragments, not skipped', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['query Meta { __typename }', {}, 'no-store'],
      ['query Schema { __schema { queryType { name } } }', {}, 'no-store'],
      ['query Skipped { programme(code: "PUBLIC") @skip(if: true) { nameEn } }', {}, 'no-store'],
      [
        'query Left($on: Boolean!) { __typename programme(code: "PUBLIC") @include(if: $on) { nameEn } }',
        { on: false },
        'no-store',
      ],
      [
        'query Kept($on: Boolean!) { __typename programme(code: "PUBLIC") @include(if: $on) { nameEn } }',
        { on: true },
        'max-age=30, public',
      ],
      [
        'query Spread { ...Root } fragment Root on Query { ... on Query { programme(code: "PUBLIC") { code } } }',
        {},
        'max-age=30, public',
      ],
    ];
    for (const [query, variables, cacheControl] of cases) {
      const answer = await post(url, { query, variables });
      expect([query, answer.body.errors, answer.cacheControl]).toEqual([query, undefined, cacheControl]);
    }
  });

  it('never caches for token holders, mutations or answers with errors', async () => {
    await world.rename('Held by a token');
    const asAdmin = await post(url, { query: NAME }, world.adminSecret);
    expect(asAdmin).toMatchObject({
      status: 200,
      cacheControl: 'no-store',
      age: null,
      body: { data: { programme: { nameEn: 'Held by a token' } } },
    });
    expect((await post(url, { query: NAME }, world.adminSecret)).age).toBeNull();

    const mutation = await post(
      url,
      { query: 'mutation Nothing { reviewObservations(ids: [], decision: APPROVE) { id } }' },
      world.adminSecret,
    );
    expect(mutation).toMatchObject({
      status: 200,
      cacheControl: 'no-store',
      body: { data: { reviewObservations: [] } },
    });

    // The budget is FORBIDDEN to anonymous callers: the answer carries an error and is not kept.
    const secret = 'query Budget { programme(code: "SECRET_BUDGET") { code budget { amount } } }';
    const refused = await post(url, { query: secret });
    expect(codesOf(refused)).toEqual(['FORBIDDEN']);
    expect(refused.cacheControl).toBe('no-store');
    expect((await post(url, { query: secret })).age).toBeNull();
  });

  it('runs automatic persisted queries through every check, and keeps only those that passed', async () => {
    const query = 'query FivePersisted { programmes(first: 5) { totalCount nodes { code } } }';
    const unknown = await post(url, persisted(query, false));
    expect(codesOf(unknown)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(unknown.body.errors![0].message).toBe('PersistedQueryNotFound');

    const registered = await post(url, persisted(query, true));
    expect(registered.body.errors).toBeUndefined();
    expect(registered.body.data!.programmes.totalCount).toBe(2);
    const byHash = await post(url, persisted(query, false), world.adminSecret);
    expect(byHash.body.errors).toBeUndefined();
    expect(byHash.body.data!.programmes.totalCount).toBe(3);
    expect(byHash.body.extensions!.cost.requested).toBe(116);
    // By GET, as a CDN would forward it: a short URL, and an answer it may keep.
    const search = new URLSearchParams({ extensions: JSON.stringify(persisted(query, false).extensions) });
    const viaGet = await fetch(`${url}?${search.toString()}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(viaGet.headers.get('cache-control')).toBe('max-age=30, public');
    expect((await bodyOf(viaGet)).data).toEqual(registered.body.data);

    // 1 + 100 x (1 + 1 + 10 x 2) = 2201, over this hub's 1000.
    const tooCostly =
      'query TooCostly { programmes(first: 100) { nodes { initiatives(first: 10) { nodes { code } } } } }';
    expect(codesOf(await post(url, persisted(tooCostly, true)))).toEqual(['QUERY_TOO_COMPLEX']);
    expect(codesOf(await post(url, persisted(tooCostly, false)))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const withNul = 'query Nul { programme(code: "A\\u0000B") { code } }';
    expect(codesOf(await post(url, persisted(withNul, true)))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await post(url, persisted(withNul, false)))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });
});

describe('the response cache switched off', () => {
  it('answers every query afresh and sends no Cache-Control header', async () => {
    const world = await worldDatabase();
    const hub = await initTestHub(world.url, serverSettingsFromEnv({ RESPONSE_CACHE_SECONDS: '0' }));
    try {
      const url = await hub.listen();
      const first = await post(url, { query: NAME });
      expect(first).toMatchObject({ cacheControl: null, body: { data: { programme: { nameEn: 'Public' } } } });
      await world.rename('Renamed');
      expect((await post(url, { query: NAME })).body.data).toEqual({ programme: { nameEn: 'Renamed' } });
    } finally {
      await hub.close();
      await world.drop();
    }
  });
});

describe('the shared cache while Redis cannot be reached', () => {
  it('answers as if nothing were cached, at once', async () => {
    const world = await worldDatabase();
    const nobody = `redis://127.0.0.1:${await findFreePort()}`;
    const hub = await initTestHub(
      world.url,
      serverSettingsFromEnv({ RESPONSE_CACHE_SECONDS: '30', REDIS_URL: nobody, REDIS_KEY_PREFIX: 'unreachable:' }),
    );
    try {
      const url = await hub.listen();
      const startedAt = Date.now();
      expect((await post(url, { query: NAME })).body.data).toEqual({ programme: { nameEn: 'Public' } });
      await world.rename('Renamed');
      const again = await post(url, { query: NAME });
      expect(again).toMatchObject({ status: 200, age: null, body: { data: { programme: { nameEn: 'Renamed' } } } });
      const query = 'query Persisted { programme(code: "PUBLIC") { code } }';
      expect((await post(url, persisted(query, true))).body.data).toEqual({ programme: { code: 'PUBLIC' } });
      expect(codesOf(await post(url, persisted(query, false)))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      expect(Date.now() - startedAt).toBeLessThan(3000);
    } finally {
      await hub.close();
      await world.drop();
    }
  });
});
