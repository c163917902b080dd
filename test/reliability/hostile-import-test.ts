import { randomBytes } from 'node:crypto';
import { request, type IncomingHttpHeaders } from 'node:http';
import Redis from 'ioredis';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/auth/api-tokens';
import { Role } from '../../src/entities/role.enum';
import { connectOrm } from '../../src/db/orm';
import { IMPORT_BYTES_PER_POINT, IMPORT_PAYMENT_BYTES } from '../../src/server/limits/import-payment';
import { serverSettingsFromEnv, type LimitSettings, type ServerSettings } from '../../src/server/server-settings';
import { snapshotDatabase } from '../support/database-snapshot';
import { createImportWorld } from '../support/generated-observations-csv';
import { redisReachable as isRedisReachable, TEST_REDIS_URL } from '../support/redis-probe';
import { createScratchDatabase, initTestHub, type TestHub } from '../support/test-hub';

/** The defaults, whatever the environment running the tests sets. */
const DEFAULTS = serverSettingsFromEnv({});

function withLimits(limits: Partial<LimitSettings>): ServerSettings {
  return { ...DEFAULTS, limits: { ...DEFAULTS.limits, ...limits } };
}

const redisReachable = await isRedisReachable(TEST_REDIS_URL);

const HEADER = 'indicator,country,municipality,period_start,period_end,sex,kind,value\n';
/** `count` good rows of the generated world, in `year`, one a municipality. */
const rows = (count: number, year = 2001) =>
  Array.from(
    { length: count },
    (_, n) => `TRAINED,NO,G${String(n).padStart(4, '0')},${year}-01-01,${year}-12-31,TOTAL,ACTUAL,${n % 50}\n`,
  ).join('');

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: { errors?: { message: string; extensions: { code: string } }[]; received?: number };
  milliseconds: number;
}

/** An import whose client sends its headers and `firstPart` of the body, then what the test says when. */
function upload(url: string, secret: string, firstPart: string, declaredBytes?: number) {
  const started = performance.now();
  const outgoing = request(url, {
    method: 'POST',
    agent: false,
    headers: {
      'content-type': 'text/csv',
      authorization: `Bearer ${secret}`,
      ...(declaredBytes === undefined ? {} : { 'content-length': declaredBytes }),
    },
  });
  outgoing.on('error', () => undefined);
  const answer = new Promise<Answer>((resolve, reject) => {
    outgoing.on('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () =>
        resolve({
          status: response.statusCode!,
          headers: response.headers,
          body: JSON.parse(text) as Answer['body'],
          milliseconds: performance.now() - started,
        }),
      );
      response.on('error', reject);
    });
  });
  outgoing.flushHeaders();
  if (firstPart) outgoing.write(firstPart);
  return {
    /** The answer, or a rejection when none comes within `ms`: a hang is the bug. */
    answer: (ms = 10_000) =>
      Promise.race([
        answer,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
      ]),
    write: (part: string) => void outgoing.write(part),
    end: () => void outgoing.end(),
    leave: () => outgoing.destroy(),
  };
}

describe('hostile imports: concurrency, the rate budget and stalled uploads', () => {
  let database: { url: string; drop: () => Promise<void> };
  const hubs: TestHub[] = [];
  const secrets: string[] = [];

  /** A hub over the test's database with these limits, listening; answers the import endpoint's URL. */
  async function importEndpoint(limits: Partial<LimitSettings>): Promise<string> {
    const hub = await initTestHub(database.url, withLimits(limits));
    hubs.push(hub);
    return (await hub.listen()).replace(/\/graphql$/, '/import/observations');
  }
  const query = async <T extends Record<string, unknown>>(sql: string): Promise<T> => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<T>(sql)).rows[0];
    } finally {
      await client.end();
    }
  };
  const importSessions = async () =>
    (
      await query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity where application_name = 'hub-csv-import' and datname = current_database()`,
      )
    ).n;
  /** Waits until the database has `count` import sessions, failing after 20 s. */
  async function untilImportSessions(count: number): Promise<void> {
    const deadline = Date.now() + 20_000;
    while ((await importSessions()) !== count && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 25));
    expect(await importSessions()).toBe(count);
  }
  const post = (url: string, secret: string, body: string | ReadableStream<Uint8Array>) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${secret}` },
      body,
      duplex: 'half',
    });

  beforeAll(async () => {
    database = await createScratchDatabase();
    await createImportWorld(database.url);
    const orm = await connectOrm(database.url);
    try {
      for (const name of ['first', 'second', 'third', 'fourth'])
        secrets.push((await createApiToken(orm.em.fork(), { name, role: Role.ADMIN })).secret);
    } finally {
      await orm.close();
    }
  });
  afterAll(async () => {
    for (const hub of hubs) await hub.close();
    await database.drop();
  });

  it('refuses at once, before reading its body, a second import of one client and an import past the instance limit (IMPORT_MAX_CONCURRENT 2, 1 a client)', async () => {
    const url = await importEndpoint({ importMaxConcurrent: 2, importMaxConcurrentPerClient: 1 });
    const first = upload(url, secrets[0], HEADER + rows(100, 2002));
    await untilImportSessions(1);

    // Headers only: the refusal cannot wait for a body that never comes.
    const again = await upload(url, secrets[0], '', 1_000_000).answer();
    expect(again.status).toBe(429);
    expect(again.headers['retry-after']).toBe('10');
    expect(again.body.errors![0]).toEqual({
      message: expect.stringContaining('IMPORT_MAX_CONCURRENT_PER_CLIENT'),
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
    expect(again.milliseconds).toBeLessThan(2_000);

    const second = upload(url, secrets[1], HEADER + rows(100, 2003));
    await untilImportSessions(2);
    const third = await upload(url, secrets[2], '', 1_000_000).answer();
    expect(third.status).toBe(429);
    expect(third.body.errors![0].message).toMatch(/already runs 2 imports.*\(IMPORT_MAX_CONCURRENT\)/);
    expect(third.milliseconds).toBeLessThan(2_000);
    expect(await importSessions()).toBe(2);

    // A client that leaves gives its slot back: the third client's import runs.
    first.leave();
    await untilImportSessions(1);
    const retried = await post(url, secrets[2], HEADER + rows(10, 2004));
    expect(await retried.json()).toEqual({ received: 10, created: 10, updated: 0, unchanged: 0 });
    second.end();
    expect((await second.answer()).body).toEqual({ received: 100, created: 100, updated: 0, unchanged: 0 });
  });

  it('charges an import to the rate budget GraphQL operations spend, by its bytes, until the budget refuses both', async () => {
    const file = HEADER + rows(500, 2005);
    const declaredPoints = Math.ceil(file.length / IMPORT_BYTES_PER_POINT);
    const chunkedPoints = IMPORT_PAYMENT_BYTES / IMPORT_BYTES_PER_POINT;
    expect(file.length).toBeLessThan(IMPORT_PAYMENT_BYTES);
    const points = declaredPoints + 102 + chunkedPoints + 8;
    const url = await importEndpoint({ rateLimitPoints: points, rateLimitWindowSeconds: 600 });
    const graphql = (body: string) =>
      fetch(url.replace(/\/import\/observations$/, '/graphql'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secrets[3]}` },
        body,
      });

    expect((await post(url, secrets[3], file)).status).toBe(200);
    const cheap = await graphql(JSON.stringify({ query: '{ programmes(first: 1) { totalCount } }' }));
    expect(((await cheap.json()) as { extensions: { cost: unknown } }).extensions.cost).toEqual({
      requested: 102,
      remaining: points - declaredPoints - 102,
    });

    // Without a Content-Length the file is paid for 64 KiB at a time, before it is read.
    const chunked = new ReadableStream<Uint8Array>({
      start: (controller) => (controller.enqueue(new TextEncoder().encode(file)), controller.close()),
    });
    expect(await (await post(url, secrets[3], chunked)).json()).toMatchObject({ received: 500, unchanged: 500 });

    const before = await snapshotDatabase(database.url);
    const refused = await post(url, secrets[3], file);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const { errors } = (await refused.json()) as Answer['body'];
    expect(errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(errors![0].message).toMatch(
      new RegExp(
        `^The CSV file's ${file.length} bytes cost ${declaredPoints} points \\(1 per 64 bytes\\), more than the 8 left of this client's ${points} per 600 s; retry in \\d+ s\\.$`,
      ),
    );
    expect(await snapshotDatabase(database.url)).toEqual(before);

    const query = await graphql(JSON.stringify({ query: '{ programmes(first: 5) { totalCount nodes { code } } }' }));
    expect(query.status).toBe(429);
    expect(
      ((await query.json()) as { errors: { extensions: { cost: unknown } }[] }).errors[0].extensions.cost,
    ).toMatchObject({ requested: 116, remaining: 8 });
  });

  it.skipIf(!redisReachable)(
    `charges an import on one instance to the budget another instance's operations spend, in Redis (skipped when no Redis answers at ${TEST_REDIS_URL})`,
    async () => {
      const redisKeyPrefix = `hub-test-${randomBytes(4).toString('hex')}:`;
      try {
        const limits = { rateLimitPoints: 100_000, redisUrl: TEST_REDIS_URL, redisKeyPrefix };
        const importing = await importEndpoint(limits);
        const querying = (await importEndpoint(limits)).replace(/\/import\/observations$/, '/graphql');
        const file = HEADER + rows(200, 2020);
        expect((await post(importing, secrets[2], file)).status).toBe(200);
        const response = await fetch(querying, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${secrets[2]}` },
          body: '{"query":"{ programmes(first: 1) { totalCount } }"}',
        });
        expect(((await response.json()) as { extensions: { cost: unknown } }).extensions.cost).toEqual({
          requested: 102,
          remaining: 100_000 - Math.ceil(file.length / IMPORT_BYTES_PER_POINT) - 102,
        });
      } finally {
        const redis = new Redis(TEST_REDIS_URL);
        const keys = await redis.keys(`${redisKeyPrefix}*`);
        if (keys.length) await redis.del(...keys);
        redis.disconnect();
      }
    },
  );

  it('aborts an upload that sends nothing for IMPORT_IDLE_TIMEOUT_MS, writes nothing and gives its connection and slot back', async () => {
    const url = await importEndpoint({ importIdleTimeoutMs: 400 });
    const before = await snapshotDatabase(database.url);
    const stalled = upload(url, secrets[0], HEADER + rows(1_000, 2006));
    await untilImportSessions(1);
    const answer = await stalled.answer(10_000);
    expect(answer.status).toBe(408);
    expect(answer.body.errors![0]).toEqual({
      message:
        'No bytes of the CSV file arrived for 400 ms (IMPORT_IDLE_TIMEOUT_MS); the import stopped and wrote nothing.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await untilImportSessions(0);
    expect(await snapshotDatabase(database.url)).toEqual(before);
    expect((await query<{ n: number }>(`select count(*)::int as n from pg_class where relname = 'import_row'`)).n).toBe(
      0,
    );

    // A slow client that keeps sending is not idle; the same client may import again.
    const slow = upload(url, secrets[0], HEADER);
    for (let part = 0; part < 5; part += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      slow.write(rows(10, 2007 + part));
    }
    slow.end();
    expect((await slow.answer()).body).toEqual({ received: 50, created: 50, updated: 0, unchanged: 0 });
  });
});
