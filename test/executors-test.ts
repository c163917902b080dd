import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/schema/global-id';
import { serverSettingsFromEnv } from '../src/server/server-settings';
import { GRAPHQL_EXECUTORS, type GraphQLExecutor } from '../src/settings/settings';
import { getWith, postJson, send, type HostileRequest } from './support/hostile-http';
import { initTestHub, type TestHub } from './support/test-hub';

/**
 * Both executors (GRAPHQL_EXECUTOR) side by side over real HTTP on the shared seeded database: each
 * request goes to a hub executing with graphql-js and to one executing with graphql-jit, and the
 * answers must be the same, status, headers and body (request ids aside, and the budget left,
 * which the hubs count each for itself).
 */

const QUERIES_DIR = join(__dirname, '..', 'docs', 'queries');

/** What docs/queries' operations are asked with, where they need variables; the rest run on their defaults. */
const DOCS_VARIABLES: Record<string, Record<string, unknown>[]> = {
  'funder-programmes.graphql': [{ funder: 'GOV_SE' }],
  'charter-signatories.graphql': [{ country: 'RS' }],
  'people-trained-by-period.graphql': [{}, { period: 'YEAR' }, { from: '2010-01-01', period: 'CUSTOM' }],
  'municipality-profile.graphql': [{ country: 'NO', code: '1021' }],
  'benchmark-ranking.graphql': [
    { country: 'NO', year: 2014, first: 5 },
    { country: 'NO', year: 2014 },
  ],
  'completeness-likestilte-kommuner.graphql': [{}, { period: 'CUSTOM', first: 21 }, { first: null }],
  'charter-counts.graphql': [
    { countries: ['RS'], from: 2012, to: 2014 },
    { from: 2012, to: 2014 },
  ],
  'framework-roll-up.graphql': [{ framework: 'SDG_5', scope: toGlobalId('Country', 'RS') }],
};

const PROGRAMMES = '{ programmes(first: 2) { totalCount nodes { code } } }';

/** A request of a persisted query: its hash, and its text when `register`. */
function persisted(query: string, register: boolean): Record<string, unknown> {
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  return { ...(register ? { query } : {}), extensions: { persistedQuery: { version: 1, sha256Hash } } };
}

const PREFLIGHT = { 'apollo-require-preflight': 'true' };

/** The requests both executors must answer alike, by name, in order (persisted queries register before they are read). */
function requests(): [string, HostileRequest][] {
  const cases: [string, HostileRequest][] = [];
  for (const file of readdirSync(QUERIES_DIR).filter((name) => name.endsWith('.graphql'))) {
    const text = readFileSync(join(QUERIES_DIR, file), 'utf8');
    if (file === 'page-and-refetch.graphql') {
      cases.push([
        `${file} (page)`,
        postJson({ query: text, operationName: 'MunicipalityPage', variables: { country: 'NO', first: 3 } }),
      ]);
      cases.push([
        `${file} (refetch of a key that is no number)`,
        postJson({ query: text, operationName: 'Refetch', variables: { id: toGlobalId('Municipality', 'NO-1021') } }),
      ]);
      cases.push([`${file} without an operation name`, postJson({ query: text })]);
      continue;
    }
    for (const variables of DOCS_VARIABLES[file] ?? [{}]) {
      cases.push([`${file} with ${JSON.stringify(variables)}`, postJson({ query: text, variables })]);
    }
  }
  const series =
    'query ($from: LocalDate! = "2008-01-01", $to: LocalDate = "2013-12-31", $period: PeriodType! = CUSTOM) {' +
    ' series(indicator: "GENDER_TRAINING_PARTICIPANTS", from: $from, to: $to, period: $period, groupBy: [PROGRAMME]) {' +
    ' period points { periodStart periodEnd value empty } } }';
  cases.push(
    ['an unknown operation name', postJson({ query: `query A ${PROGRAMMES}`, operationName: 'B' })],
    [
      'two operations without an operation name',
      postJson({ query: `query A ${PROGRAMMES} query B { countries { code } }` }),
    ],
    [
      'the second of two operations',
      postJson({ query: `query A ${PROGRAMMES} query B { countries { code } }`, operationName: 'B' }),
    ],
    ['required variables left to their defaults', postJson({ query: series })],
    ['a nullable variable with a default given null', postJson({ query: series, variables: { to: null } })],
    ['a required variable with a default given null', postJson({ query: series, variables: { from: null } })],
    ['a date that is no day', postJson({ query: series, variables: { from: '2013-02-30' } })],
    ['a date of year 0000', postJson({ query: series, variables: { from: '0000-01-01' } })],
    ['an unknown enum value', postJson({ query: series, variables: { period: 'DECADE' } })],
    ['a missing required variable', postJson({ query: 'query ($code: String!) { programme(code: $code) { code } }' })],
    [
      'a variable of the wrong type',
      postJson({
        query: 'query ($first: Int) { programmes(first: $first) { totalCount } }',
        variables: { first: 'two' },
      }),
    ],
    [
      'a bad cursor (an error beside data)',
      postJson({ query: '{ programmes(after: "nope") { totalCount } countries { code } }' }),
    ],
    ['a page size over the limit', postJson({ query: '{ programmes(first: 101) { totalCount } }' })],
    ['an unknown programme', postJson({ query: '{ programme(code: "NO_SUCH") { code nameEn } }' })],
    ['a node id that is no id', postJson({ query: '{ node(id: "x") { id } }' })],
    [
      'skip and include by variables',
      postJson({
        query:
          'query ($a: Boolean!, $b: Boolean = false) { countries { code nameEn @include(if: $a) nameLocal @skip(if: $b) } }',
        variables: { a: true },
      }),
    ],
    [
      'input fields left to their defaults, in a literal and in a variable',
      postJson({
        query:
          'query ($sort: MunicipalitySort) { a: municipalities(first: 5, sort: { direction: DESC }) { nodes { code } } b: municipalities(first: 5, sort: $sort) { nodes { code } } }',
        variables: { sort: { direction: 'DESC' } },
      }),
    ],
    [
      'a nullable variable left out, for an argument with a default',
      postJson({
        query:
          'query ($groupBy: [SeriesDimension!]) { series(indicator: "GENDER_TRAINING_PARTICIPANTS", from: "2008-01-01", to: "2013-12-31", period: CUSTOM, groupBy: $groupBy) { points { value } } }',
      }),
    ],
    [
      'a single value for a list argument, as a literal and as a variable',
      postJson({
        query:
          'query ($by: [SeriesDimension!]!) { a: series(indicator: "GENDER_TRAINING_PARTICIPANTS", from: "2008-01-01", to: "2013-12-31", period: CUSTOM, groupBy: PROGRAMME) { points { programme { code } value } } b: series(indicator: "GENDER_TRAINING_PARTICIPANTS", from: "2008-01-01", to: "2013-12-31", period: CUSTOM, groupBy: $by) { points { sex value } } }',
        variables: { by: 'SEX' },
      }),
    ],
    [
      'fragments, aliases and the same field with other arguments',
      postJson({
        query:
          'fragment P on Programme { code nameEn budget { ...M } } fragment M on Money { amount currency } { one: programmes(first: 1) { nodes { ...P } } two: programmes(first: 2, sort: { field: NAME, direction: DESC }) { nodes { ...P code } totalCount } }',
      }),
    ],
    [
      'introspection',
      postJson({ query: '{ __schema { queryType { name } } __type(name: "LocalDate") { kind name } }' }),
    ],
    ['__typename at the root', postJson({ query: '{ __typename }' })],
    ['GET of a query', getWith({ query: PROGRAMMES }, PREFLIGHT)],
    ['GET of a persisted query not yet registered', getWith(jsonParams(persisted(PROGRAMMES, false)), PREFLIGHT)],
    ['a persisted query registered', postJson(persisted(PROGRAMMES, true))],
    ['GET of the persisted query', getWith(jsonParams(persisted(PROGRAMMES, false)), PREFLIGHT)],
  );
  return cases;
}

/** A request body's fields as GET query-string parameters (objects as JSON). */
function jsonParams(body: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]),
  );
}

/** An answer as both executors must give it: the varying parts (request ids, budget left) blanked. */
function comparable(response: { status: number; text: string }, headers: Headers): unknown {
  const text = response.text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<request id>');
  let body: unknown = text;
  try {
    body = JSON.parse(text, (key, value: unknown) => (key === 'remaining' ? '<remaining>' : value));
  } catch {
    // Not JSON: compared as text.
  }
  return {
    status: response.status,
    contentType: headers.get('content-type'),
    cacheControl: headers.get('cache-control'),
    body,
  };
}

async function answer(url: string, request: HostileRequest): Promise<unknown> {
  const response = await fetch(`${url}${request.search ?? ''}`, {
    method: request.method ?? 'POST',
    headers: request.headers,
    body: request.body,
  });
  return comparable({ status: response.status, text: await response.text() }, response.headers);
}

describe('graphql-js and graphql-jit answer alike', () => {
  const hubs = {} as Record<GraphQLExecutor, { hub: TestHub; url: string }>;
  beforeAll(async () => {
    for (const executor of GRAPHQL_EXECUTORS) {
      const hub = await initTestHub(undefined, serverSettingsFromEnv(), { executor });
      hubs[executor] = { hub, url: await hub.listen() };
    }
  });
  afterAll(async () => {
    for (const { hub } of Object.values(hubs)) await hub.close();
  });

  /** Asks both hubs `request`; their answers must be the same. */
  async function expectAlike(request: HostileRequest, name?: string): Promise<void> {
    const byGraphqlJs = await answer(hubs['graphql-js'].url, request);
    const byJit = await answer(hubs.jit.url, request);
    expect(byJit, name).toEqual(byGraphqlJs);
  }

  it.each(requests())('%s', async (_name, request) => {
    await expectAlike(request);
  });

  it('resolves abstract types alike: nodes by id, and the scopes of values (a union)', async () => {
    const { body } = await send(
      hubs['graphql-js'].url,
      postJson({
        query:
          '{ programmes(first: 3) { nodes { id } } municipalities(filter: { country: "NO" }, first: 2) { nodes { id } } observations(first: 1) { nodes { id } } }',
      }),
    );
    expect(body?.errors).toBeUndefined();
    const data = body!.data as Record<string, { nodes: { id: string }[] }>;
    const ids = Object.values(data).flatMap((connection) => connection.nodes.map((node) => node.id));
    expect(ids.length).toBeGreaterThanOrEqual(5);
    const node =
      'query ($id: ID!) { node(id: $id) { __typename id ... on Programme { programme: code budget { amount currency } } ... on Municipality { municipality: code nameLocal } ... on Observation { value scope { __typename ... on Programme { programme: code } ... on Municipality { municipality: code } ... on Country { country: code } } } } }';
    for (const id of ids) await expectAlike(postJson({ query: node, variables: { id } }), id);
    await expectAlike(
      postJson({
        query:
          '{ observations(first: 50) { totalCount nodes { __typename value sex scopeKind scope { __typename ... on Node { id } ... on Programme { programme: code } ... on Municipality { municipality: code } ... on Organisation { organisation: code } } } } }',
      }),
    );
  });

  it('refuses an unknown operation name with HTTP 400 under each', async () => {
    for (const executor of GRAPHQL_EXECUTORS) {
      const response = await send(hubs[executor].url, postJson({ query: `query A ${PROGRAMMES}`, operationName: 'B' }));
      expect(response.status, executor).toBe(400);
      expect(response.body?.errors?.[0]?.message, executor).toBe('Unknown operation named "B".');
    }
  });

  it('applies the defaults of required variables under each', async () => {
    const query = readFileSync(join(QUERIES_DIR, 'people-trained-by-period.graphql'), 'utf8');
    for (const executor of GRAPHQL_EXECUTORS) {
      const { body } = await send(hubs[executor].url, postJson({ query }));
      expect(body?.errors, executor).toBeUndefined();
      expect(body?.data?.series, executor).toMatchObject({
        period: 'CUSTOM',
        points: [{ periodStart: '2008-01-01', periodEnd: '2013-12-31', sex: 'TOTAL', value: 66_000 }],
      });
    }
  });
});

describe('graphql-js and graphql-jit in process (Apollo executeOperation, as downloads and the IATI export run operations)', () => {
  it('take a variable given as undefined for null, not for one left out (its default not applied)', async () => {
    const query = 'query ($first: Int = 1) { programmes(first: $first) { nodes { code } } }';
    const counts: Record<string, unknown> = {};
    for (const executor of GRAPHQL_EXECUTORS) {
      const hub = await initTestHub(undefined, serverSettingsFromEnv(), { executor });
      try {
        const given = await hub.query<{ programmes: { nodes: unknown[] } }>(query, { first: undefined });
        const left = await hub.query<{ programmes: { nodes: unknown[] } }>(query, {});
        counts[executor] = [given.errors, given.data?.programmes.nodes.length, left.data?.programmes.nodes.length];
      } finally {
        await hub.close();
      }
    }
    // graphql-js: undefined is null, so the page size is the field's own default; left out, the variable's default of 1.
    expect(counts['graphql-js']).toEqual([undefined, expect.any(Number), 1]);
    expect((counts['graphql-js'] as number[])[1]).toBeGreaterThan(1);
    expect(counts.jit).toEqual(counts['graphql-js']);
  });
});

describe('GRAPHQL_EXECUTOR', () => {
  it('is graphql-jit unless set, graphql-js when chosen, and nothing else', () => {
    expect(serverSettingsFromEnv({}).executor).toBe('jit');
    expect(serverSettingsFromEnv({ GRAPHQL_EXECUTOR: 'graphql-js' }).executor).toBe('graphql-js');
    expect(serverSettingsFromEnv({ GRAPHQL_EXECUTOR: 'jit' }).executor).toBe('jit');
    expect(() => serverSettingsFromEnv({ GRAPHQL_EXECUTOR: 'v8' })).toThrow(
      'GRAPHQL_EXECUTOR must be one of graphql-js, jit; got "v8".',
    );
  });
});
