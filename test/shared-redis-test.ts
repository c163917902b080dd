import { createHash, randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectOrm } from '../src/db/orm';
import { serverSettingsFromEnv } from '../src/server/server-settings';
import { buildAccessWorld } from './support/access-fixture';
import { bodyOf, type GraphQLResponseBody } from './support/expect-error';
import { createScratchDatabase, initTestHub, type TestHub } from './support/test-hub';
import { redisTestsRun, TEST_REDIS_URL } from './support/redis-probe';

const REDIS_URL = TEST_REDIS_URL;
const withRedis = await redisTestsRun(REDIS_URL);

/** What one HTTP request answered. */
interface Answer {
  status: number;
  age: string | null;
  retryAfter: string | null;
  body: GraphQLResponseBody & { extensions?: Record<string, any> };
}

async function post(url: string, body: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    age: response.headers.get('age'),
    retryAfter: response.headers.get('retry-after'),
    body: await bodyOf(response),
  };
}

function persisted(query: string, register: boolean): Record<string, unknown> {
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  return { ...(register ? { query } : {}), extensions: { persistedQuery: { version: 1, sha256Hash } } };
}

/**
 * Two hub instances over one database and one Redis, as behind a load balancer, each served over
 * HTTP. Every key the run writes starts with its own prefix, and the run deletes them afterwards.
 */
describe.skipIf(!withRedis)(
  `two instances sharing Redis at ${REDIS_URL} (skipped when no Redis answers there, outside CI)`,
  () => {
    const prefix = `hub-test-${randomBytes(4).toString('hex')}:`;
    let database: { url: string; drop: () => Promise<void> };
    let first: TestHub;
    let second: TestHub;
    let urls: [string, string];

    beforeAll(async () => {
      database = await createScratchDatabase();
      const orm = await connectOrm(database.url);
      try {
        await buildAccessWorld(orm.em.fork());
      } finally {
        await orm.close();
      }
      const settings = serverSettingsFromEnv({
        REDIS_URL,
        REDIS_KEY_PREFIX: prefix,
        RESPONSE_CACHE_SECONDS: '30',
        RATE_LIMIT_POINTS: '600',
      });
      [first, second] = await Promise.all([initTestHub(database.url, settings), initTestHub(database.url, settings)]);
      urls = [await first.listen(), await second.listen()];
    });

    afterAll(async () => {
      await Promise.all([first?.close(), second?.close()]);
      await database?.drop();
      const redis = new Redis(REDIS_URL);
      try {
        const keys: string[] = [];
        for await (const batch of redis.scanStream({ match: `${prefix}*`, count: 1000 }))
          keys.push(...(batch as string[]));
        if (keys.length) await redis.del(...keys);
      } finally {
        redis.disconnect();
      }
    });

    it('serves on one instance the response the other cached, without running it', async () => {
      const query = 'query SharedName { programme(code: "PUBLIC") { nameEn } }';
      const [a, b] = urls;
      expect((await post(a, { query })).body.data).toEqual({ programme: { nameEn: 'Public' } });
      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        await client.query(`update programme set name_en = 'Renamed' where code = 'PUBLIC'`);
      } finally {
        await client.end();
      }
      const fromCache = await post(b, { query });
      expect(fromCache.body.data).toEqual({ programme: { nameEn: 'Public' } });
      expect(fromCache.age).not.toBeNull();
      const inProcess = await second.query(query);
      expect(inProcess).toMatchObject({ data: { programme: { nameEn: 'Public' } }, statements: 0 });
    });

    it('answers a persisted query registered on one instance on the other', async () => {
      const query = 'query SharedPersisted { programmes(first: 2) { nodes { code } } }';
      const [a, b] = urls;
      expect((await post(b, persisted(query, false))).body.errors?.map((error) => error.extensions?.code)).toEqual([
        'PERSISTED_QUERY_NOT_FOUND',
      ]);
      const registered = await post(a, persisted(query, true));
      expect(registered.body.errors).toBeUndefined();
      const byHash = await post(b, persisted(query, false));
      expect(byHash.body.errors).toBeUndefined();
      expect(byHash.body.data).toEqual(registered.body.data);
    });

    it('refuses on one instance the rate budget spent on the other', async () => {
      // Each costs 1 + 5 x (1 + 1 + 1) + 100 for the count = 116 of the 600 points that 127.0.0.1 has on both instances together.
      const [a, b] = urls;
      const answers: Answer[] = [];
      for (let n = 0; n < 10; n++) {
        const answer = await post(n % 2 === 0 ? a : b, {
          query: `query Spend${n} { programmes(first: 5) { totalCount nodes { code } } }`,
        });
        answers.push(answer);
        if (answer.status !== 200) break;
      }
      const served = answers
        .filter((answer) => answer.status === 200)
        .map((answer) => answer.body.extensions!.cost.remaining as number);
      expect(served.length).toBeGreaterThanOrEqual(2);
      // Each instance's answer goes on from the other's count.
      for (let i = 1; i < served.length; i++) expect(served[i]).toBe(served[i - 1] - 116);
      const refused = answers.at(-1)!;
      expect(refused.status).toBe(429);
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
      expect(refused.body.errors![0].extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        cost: { requested: 116, remaining: served.at(-1) },
      });
    });
  },
);
