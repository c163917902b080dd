import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverSettingsFromEnv } from '../src/server/server-settings';
import { GRAPHQL_EXECUTORS, type GraphQLExecutor } from '../src/settings/settings';
import { initTestHub, type TestHub } from './support/test-hub';

/**
 * The answer's cache policy, found from the root selection (`src/server/uniform-cache-policy.ts`),
 * reads `@skip`/`@include` with the variables as execution sees them: defaults applied, and a value
 * that does not fit refused by execution, never by the policy. Over real HTTP on the shared seeded
 * database, under each executor, with at most 1 point of cost running at once, so that a request
 * that never gave back its turn would hold up every later one.
 */

/** What one POST to the GraphQL endpoint answered. */
async function post(url: string, body: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(5_000),
  });
  const json = (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: { extensions?: { code?: string } }[];
  };
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    data: json.data,
    codes: json.errors?.map((error) => error.extensions?.code),
  };
}

const COUNT = '{ programmes(first: 1) { totalCount } }';

describe.each(GRAPHQL_EXECUTORS)('the cache policy of an answer, under %s', (executor: GraphQLExecutor) => {
  let hub: TestHub;
  let url: string;
  beforeAll(async () => {
    const settings = serverSettingsFromEnv({
      RESPONSE_CACHE_SECONDS: '30',
      GRAPHQL_MAX_COST_IN_FLIGHT: '1',
      GRAPHQL_MAX_BATCH: '2',
    });
    hub = await initTestHub(undefined, settings, { executor });
    url = await hub.listen();
  });
  afterAll(async () => {
    await hub?.close();
  });

  it('applies the default of a variable the client leaves out to @include and @skip at the root', async () => {
    const cases: [string, string][] = [
      [
        'query Inc($on: Boolean = true) { programmes(first: 1) @include(if: $on) { totalCount } }',
        'max-age=30, public',
      ],
      [
        'query Skip($off: Boolean = false) { __typename programmes(first: 1) @skip(if: $off) { totalCount } }',
        'max-age=30, public',
      ],
      [
        'query Out($on: Boolean = false) { __typename programmes(first: 1) @include(if: $on) { totalCount } }',
        'no-store',
      ],
      [
        'query Spread($on: Boolean = true) { ...Root @include(if: $on) } fragment Root on Query { programmes(first: 1) { totalCount } }',
        'max-age=30, public',
      ],
      [
        'query Inline($on: Boolean = true) { ... @include(if: $on) { programmes(first: 1) { totalCount } } }',
        'max-age=30, public',
      ],
    ];
    for (const [query, cacheControl] of cases) {
      const answer = await post(url, { query });
      expect([query, answer.status, answer.codes, answer.cacheControl]).toEqual([query, 200, undefined, cacheControl]);
    }
    // Each of them gave its turn back: the next operation runs.
    expect((await post(url, { query: COUNT })).status).toBe(200);
  });

  it('leaves a value that does not fit the variable to execution, which refuses it as BAD_USER_INPUT', async () => {
    for (const variables of [{ on: 'false' }, { on: 1 }]) {
      const answer = await post(url, {
        query: 'query Bad($on: Boolean = true) { programmes(first: 1) @include(if: $on) { totalCount } }',
        variables,
      });
      expect([variables, answer.status, answer.codes, answer.cacheControl]).toEqual([
        variables,
        400,
        ['BAD_USER_INPUT'],
        'no-store',
      ]);
    }
    expect((await post(url, { query: COUNT })).status).toBe(200);
  });

  it('says no-store for a batch when any of its answers may not be kept, whichever finishes last', async () => {
    // The batch's operations share one HTTP answer: the one refused at validation finishes first,
    // the other, which reads the database, last.
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        { query: `{ programmes(first: 1) { batch${Date.now()}: totalCount } }` },
        { query: '{ programmes(first: 1) { noSuchField } }' },
      ]),
      signal: AbortSignal.timeout(5_000),
    });
    const answers = (await response.json()) as { data?: unknown; errors?: unknown[] }[];
    expect(answers.map((answer) => answer.errors === undefined)).toEqual([true, false]);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
