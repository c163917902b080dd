import { randomBytes } from 'node:crypto';
import { getIntrospectionQuery } from 'graphql';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousViewer } from '../src/auth/viewer';
import { serverSettingsFromEnv, type ServerSettings } from '../src/server/server-settings';
import { bodyOf } from './support/expect-error';
import { NESTED } from './support/nested-operation';
import { initTestHub, type OperationResult, type TestHub } from './support/test-hub';
import { redisTestsRun, TEST_REDIS_URL } from './support/redis-probe';

/** The defaults, whatever the environment running the tests sets. */
const DEFAULTS = serverSettingsFromEnv({});

/** Settings with the defaults but for `limits`. */
function withLimits(limits: Partial<ServerSettings['limits']>, rest: Partial<ServerSettings> = {}): ServerSettings {
  return { ...DEFAULTS, ...rest, limits: { ...DEFAULTS.limits, ...limits } };
}

/** A viewer no other test spends for. */
function freshViewer() {
  return anonymousViewer(`limits-test-${randomBytes(4).toString('hex')}`);
}

/** Asserts one QUERY_TOO_COMPLEX error with `message`, no data, and no SQL statement run. */
function expectRefused(result: OperationResult, message: string | RegExp): void {
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
  if (typeof message === 'string') expect(result.errors![0].message).toBe(message);
  else expect(result.errors![0].message).toMatch(message);
  expect(result.data).toBeUndefined();
  expect(result.statements).toBe(0);
}

/** `{ municipalities { nodes { parent { ... code } } } }`, `depth` fields deep. */
function parentChain(depth: number): string {
  const parents = depth - 3;
  return `{ municipalities(first: 1) { nodes { ${'parent { '.repeat(parents)}code${' }'.repeat(parents)} } } }`;
}

/** Cost 116: 1 for `programmes`, plus 5 items x (1 for `totalCount` + 2 for `nodes { code }`), plus 100 for the count. */
const FIVE_PROGRAMMES = '{ programmes(first: 5) { totalCount nodes { code } } }';

/** Cost 70 201: 100 programmes x (1 + 100 initiatives x 7); over the default 50 000. */
const PROGRAMMES_BY_INITIATIVES = `{
  programmes(first: 100) { nodes { initiatives(first: 100) { nodes { municipalities { code nameLocal nameEn country { code } } } } } }
}`;

function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('limits refuse an operation before it runs, with QUERY_TOO_COMPLEX and no SQL', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await initTestHub(undefined, DEFAULTS);
  });
  afterAll(() => hub.close());

  it('refuses fields nested deeper than 12, and runs an operation exactly 12 deep', async () => {
    expectRefused(await hub.query(parentChain(14)), 'Query depth limit of 12 exceeded, found 14.');
    const atLimit = await hub.query(parentChain(12));
    expect(atLimit.errors).toBeUndefined();
    expect(atLimit.data!.municipalities.nodes).toHaveLength(1);
  });

  it('counts the depth through fragments by their fields only', async () => {
    const spread = `{ municipalities(first: 1) { nodes { ...Up } } } fragment Up on Municipality { ${'parent { '.repeat(11)}code${' }'.repeat(11)} }`;
    expectRefused(await hub.query(spread), 'Query depth limit of 12 exceeded, found 14.');
  });

  it('refuses more than 30 aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `p${i}: programmes(first: 1) { totalCount }`).join(' ');
    expectRefused(await hub.query(`{ ${aliases} }`), 'Aliases limit of 30 exceeded, found 31.');
  });

  it('refuses a query of more than 5 000 tokens, or of more than 100 000 characters', async () => {
    expectRefused(
      await hub.query(`{ programmes { totalCount } ${'__typename '.repeat(5_000)}}`),
      'Syntax Error: Document contains more that 5000 tokens. Parsing aborted.',
    );
    expectRefused(
      await hub.query(`{ programmes { totalCount } }${' '.repeat(100_000)}`),
      'Syntax Error: Source contains more than 100000 UTF-16 code units. Parsing aborted.',
    );
  });

  it('refuses an operation costing more than 50 000, naming its cost', async () => {
    const result = await hub.query(PROGRAMMES_BY_INITIATIVES);
    expectRefused(result, 'The query costs 70201, more than the 50000 one request may cost.');
    expect(result.errors![0].extensions!.cost).toEqual({ requested: 70201, maximum: 50000 });
  });

  it('costs page sizes from variables, and leaves a page size outside 0-100 to the resolver', async () => {
    const query =
      'query ($n: Int!) { programmes(first: $n) { nodes { initiatives(first: $n) { nodes { municipalities { code nameLocal nameEn country { code } } } } } } }';
    expectRefused(
      await hub.query(query, { n: 100 }),
      'The query costs 70201, more than the 50000 one request may cost.',
    );
    const tooMany = await hub.query('{ programmes(first: 100000) { totalCount } }');
    expect(tooMany.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it("lets the explorer's introspection query through every limit", async () => {
    const result = await hub.query(getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
    expect(result.data!.__schema.queryType.name).toBe('Query');
  });

  it('reports the cost of an operation it runs and the budget left', async () => {
    const result = await hub.query(FIVE_PROGRAMMES, undefined, freshViewer());
    expect(result.errors).toBeUndefined();
    expect(result.extensions).toEqual({ cost: { requested: 116, remaining: 1_000_000 - 116 } });
  });

  it("costs the foundation's nested operation at first: 60 exactly, under the default budget", async () => {
    const result = await hub.query(NESTED, { first: 60 }, freshViewer());
    expect(result.errors).toBeUndefined();
    // 1 + 60 x (totalCount 1 + nodes 642) + 100 for the count, where initiatives(first: 50) costs 451
    // and indicators 173, 100 of each for its count.
    expect(result.extensions!.cost.requested).toBe(38_681);
    expect(result.extensions!.cost.requested).toBeLessThan(DEFAULTS.limits.maxCost);
  });
});

describe('over HTTP: batches, the rate budget and CORS', () => {
  const hubs: TestHub[] = [];
  async function listening(settings: ServerSettings): Promise<string> {
    const hub = await initTestHub(undefined, settings);
    hubs.push(hub);
    return hub.listen();
  }
  afterAll(async () => {
    for (const hub of hubs) await hub.close();
  });

  it('refuses batched requests by default', async () => {
    const url = await listening(DEFAULTS);
    const response = await post(url, [{ query: FIVE_PROGRAMMES }, { query: FIVE_PROGRAMMES }]);
    expect(response.status).toBe(400);
    const { errors } = await bodyOf(response);
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toContain('batching disabled');
  });

  it('with batching on, answers a batch up to the cap and refuses a larger one', async () => {
    const url = await listening(withLimits({ maxBatchOperations: 2 }));
    const two = await post(url, [{ query: FIVE_PROGRAMMES }, { query: '{ programmes(first: 1) { totalCount } }' }]);
    expect(two.status).toBe(200);
    const answers = (await two.json()) as { data: unknown; extensions: { cost: { requested: number } } }[];
    expect(answers.map((answer) => answer.extensions.cost.requested)).toEqual([116, 102]);
    const three = await post(url, [{ query: FIVE_PROGRAMMES }, { query: FIVE_PROGRAMMES }, { query: FIVE_PROGRAMMES }]);
    expect(three.status).toBe(400);
    const { errors } = await bodyOf(three);
    expect(errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(errors![0].message).toBe('The batch holds 3 operations, more than the limit of 2.');
  });

  it('answers 429 with Retry-After once a client has spent its budget, and charges nothing for the refusal', async () => {
    const url = await listening(withLimits({ rateLimitPoints: 240, rateLimitWindowSeconds: 60 }));
    const remaining = [];
    for (let i = 0; i < 2; i++) {
      const response = await post(url, { query: FIVE_PROGRAMMES });
      expect(response.status).toBe(200);
      remaining.push(
        ((await response.json()) as { extensions: { cost: { remaining: number } } }).extensions.cost.remaining,
      );
    }
    expect(remaining).toEqual([124, 8]);
    for (let i = 0; i < 2; i++) {
      const refused = await post(url, { query: FIVE_PROGRAMMES });
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      const { errors, data } = await bodyOf(refused);
      expect(data).toBeUndefined();
      expect(errors![0].extensions).toEqual({
        code: 'QUERY_TOO_COMPLEX',
        cost: { requested: 116, remaining: 8, retryAfterSeconds: retryAfter },
      });
      expect(errors![0].message).toBe(
        `The query costs 116, more than the 8 left of this client's 240 per 60 s; retry in ${retryAfter} s.`,
      );
    }
    const cheap = await post(url, { query: '{ programmes(first: 1) { nodes { code } } }' });
    expect(cheap.status).toBe(200);
  });

  it('sends CORS headers to configured origins only, and answers their preflight', async () => {
    const app = 'https://app.example.org';
    const url = await listening({ ...DEFAULTS, corsOrigins: [app] });
    const allowed = await post(url, { query: FIVE_PROGRAMMES }, { origin: app });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(app);
    const other = await post(url, { query: FIVE_PROGRAMMES }, { origin: 'https://evil.example.com' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin: app,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(app);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
  });

  it('sends no CORS headers when no origin is configured', async () => {
    const url = await listening(DEFAULTS);
    const response = await post(url, { query: FIVE_PROGRAMMES }, { origin: 'https://app.example.org' });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('production settings (NODE_ENV=production)', () => {
  const production = serverSettingsFromEnv({ NODE_ENV: 'production' });
  let hub: TestHub;
  let url: string;
  beforeAll(async () => {
    hub = await initTestHub(undefined, production);
    url = await hub.listen();
  });
  afterAll(() => hub.close());

  it('turns introspection, the explorer, field suggestions and batching off unless configured on', () => {
    expect(production).toMatchObject({
      introspection: false,
      explorer: false,
      fieldSuggestions: false,
      corsOrigins: [],
    });
    expect(production.limits.maxBatchOperations).toBe(0);
    const configured = serverSettingsFromEnv({
      NODE_ENV: 'production',
      GRAPHQL_INTROSPECTION: 'true',
      GRAPHQL_EXPLORER: 'true',
      GRAPHQL_FIELD_SUGGESTIONS: 'true',
    });
    expect(configured).toMatchObject({ introspection: true, explorer: true, fieldSuggestions: true });
    expect(() => serverSettingsFromEnv({ GRAPHQL_MAX_DEPTH: 'deep' })).toThrow(
      'GRAPHQL_MAX_DEPTH must be a whole number of 0 or more; got "deep".',
    );
  });

  it('refuses introspection without running SQL', async () => {
    const result = await hub.query('{ __schema { queryType { name } } }');
    expect(result.errors![0].message).toContain('introspection is not allowed');
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.statements).toBe(0);
  });

  it('says no "Did you mean" for a misspelt field or enum value, where development does', async () => {
    const misspelt = await hub.query('{ programes { totalCount } }');
    expect(misspelt.errors![0].message).toBe('Cannot query field "programes" on type "Query".');
    const enumValue = await hub.query('query ($f: MunicipalityFilter) { municipalities(filter: $f) { totalCount } }', {
      f: { kind: 'CITX' },
    });
    expect(enumValue.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(enumValue.errors![0].message).not.toContain('Did you mean');
    const development = await initTestHub(undefined, DEFAULTS);
    try {
      expect((await development.query('{ programes { totalCount } }')).errors![0].message).toBe(
        'Cannot query field "programes" on type "Query". Did you mean "programmes" or "programme"?',
      );
    } finally {
      await development.close();
    }
  });

  it('serves no explorer page and no explorer files', async () => {
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect((await fetch(new URL('/graphiql/graphiql.js', url))).status).toBe(404);
  });

  it('refuses batched requests', async () => {
    expect((await post(url, [{ query: FIVE_PROGRAMMES }])).status).toBe(400);
  });
});

const REDIS_URL = TEST_REDIS_URL;
const withRedis = await redisTestsRun(REDIS_URL);

describe('the rate budget in Redis', () => {
  it.skipIf(!withRedis)(
    `is shared by two server instances (skipped when no Redis answers at ${REDIS_URL}, outside CI)`,
    async () => {
      // Keys of this test alone, deleted afterwards.
      const redisKeyPrefix = `hub-test-${randomBytes(4).toString('hex')}:`;
      const settings = withLimits({ rateLimitPoints: 240, redisUrl: REDIS_URL, redisKeyPrefix });
      const [first, second] = await Promise.all([initTestHub(undefined, settings), initTestHub(undefined, settings)]);
      try {
        const viewer = freshViewer();
        expect((await first.query(FIVE_PROGRAMMES, undefined, viewer)).extensions!.cost).toEqual({
          requested: 116,
          remaining: 124,
        });
        expect((await second.query(FIVE_PROGRAMMES, undefined, viewer)).extensions!.cost).toEqual({
          requested: 116,
          remaining: 8,
        });
        const refused = await first.query(FIVE_PROGRAMMES, undefined, viewer);
        expectRefused(
          refused,
          /^The query costs 116, more than the 8 left of this client's 240 per 60 s; retry in \d+ s\.$/,
        );
      } finally {
        await Promise.all([first.close(), second.close()]);
        const redis = new Redis(REDIS_URL);
        const keys = await redis.keys(`${redisKeyPrefix}*`);
        if (keys.length) await redis.del(...keys);
        redis.disconnect();
      }
    },
  );
});
