import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/schema/global-id';
import { bodyOf, expectOneError } from './support/expect-error';
import { generateProgrammes } from './support/generated-programmes';
import { initScratchHub, type TestHub } from './support/test-hub';

describe('bad input answers a coded error naming the argument, and the hub keeps serving', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await initScratchHub();
    await generateProgrammes(hub.orm.em.fork(), 3, 2);
  });
  afterAll(() => hub.close());

  it('an id of a row that does not exist is NOT_FOUND', async () => {
    const result = await hub.query(`query ($id: ID!) { node(id: $id) { id } }`, {
      id: toGlobalId('Programme', 999999),
    });
    expectOneError(result.errors, 'NOT_FOUND', 'id');
  });

  it('an id of an unknown type, or with a key that is not a number, is NOT_FOUND', async () => {
    for (const id of [toGlobalId('Spaceship', 1), toGlobalId('Programme', 'abc')]) {
      expectOneError((await hub.query(`query ($id: ID!) { node(id: $id) { id } }`, { id })).errors, 'NOT_FOUND', 'id');
    }
  });

  it('an integer id has one spelling: a leading zero, a sign, a space, a point or an exponent names no row', async () => {
    const [{ id }] = await hub.orm.em
      .fork()
      .execute<{ id: number }[]>('select id from programme where published order by id limit 1');
    const node = `query ($id: ID!) { node(id: $id) { id } }`;
    expect((await hub.query(node, { id: toGlobalId('Programme', id) })).data).toEqual({
      node: { id: toGlobalId('Programme', id) },
    });
    for (const key of [`0${id}`, `+${id}`, ` ${id}`, `${id}.0`, `${id}e0`]) {
      expectOneError((await hub.query(node, { id: toGlobalId('Programme', key) })).errors, 'NOT_FOUND', 'id');
    }
  });

  it('a range that ends before it starts is BAD_USER_INPUT on its end, worded the same way everywhere', async () => {
    const cases = [
      [
        '{ observations(filter: { periodFrom: "2020-02-01", periodTo: "2020-01-01" }) { __typename } }',
        'filter.periodTo',
        'periodFrom',
      ],
      [
        '{ charterSignatures(filter: { signedFrom: "2020-02-01", signedTo: "2020-01-01" }) { __typename } }',
        'filter.signedTo',
        'signedFrom',
      ],
    ];
    for (const [query, argument, start] of cases) {
      const { errors } = await hub.query(query);
      expectOneError(errors, 'BAD_USER_INPUT', argument);
      expect(errors![0].message).toBe(`Argument "${argument}": 2020-01-01 is before ${start} 2020-02-01.`);
    }
  });

  it('an id the API never issued is BAD_USER_INPUT', async () => {
    const result = await hub.query(`{ node(id: "not-an-id!") { id } }`);
    expectOneError(result.errors, 'BAD_USER_INPUT', 'id');
  });

  it('an unknown natural key is NOT_FOUND naming the argument', async () => {
    expectOneError((await hub.query(`{ programme(code: "NOPE") { code } }`)).errors, 'NOT_FOUND', 'code');
    expectOneError((await hub.query(`{ indicator(code: "NOPE") { code } }`)).errors, 'NOT_FOUND', 'code');
    expectOneError(
      (await hub.query(`{ municipality(country: "SE", code: "9999") { code } }`)).errors,
      'NOT_FOUND',
      'code',
    );
  });

  it('malformed cursors are BAD_USER_INPUT naming after or before', async () => {
    expectOneError(
      (await hub.query(`{ programmes(after: "garbage") { totalCount } }`)).errors,
      'BAD_USER_INPUT',
      'after',
    );
    const huge = Buffer.from('position:9007199254740990').toString('base64url');
    expectOneError(
      (await hub.query(`query ($c: String) { programmes(after: $c) { totalCount } }`, { c: huge })).errors,
      'BAD_USER_INPUT',
      'after',
    );
    const ranking = `query ($c: String) { municipalityRanking(country: "SE", year: 2021, indicators: [{ code: "IND-0" }]) { entries(after: $c) { totalCount } } }`;
    expectOneError((await hub.query(ranking, { c: huge })).errors, 'BAD_USER_INPUT', 'after');
    const forged = Buffer.from('position:-5').toString('base64url');
    expectOneError(
      (await hub.query(`query ($c: String) { programmes(before: $c) { totalCount } }`, { c: forged })).errors,
      'BAD_USER_INPUT',
      'before',
    );
  });

  it('page sizes outside 0-100 are BAD_USER_INPUT naming first or last', async () => {
    expectOneError((await hub.query(`{ programmes(first: -1) { totalCount } }`)).errors, 'BAD_USER_INPUT', 'first');
    expectOneError((await hub.query(`{ programmes(first: 100000) { totalCount } }`)).errors, 'BAD_USER_INPUT', 'first');
    expectOneError((await hub.query(`{ programmes(last: 101) { totalCount } }`)).errors, 'BAD_USER_INPUT', 'last');
    expectOneError(
      (await hub.query(`{ programmes(first: 1, last: 1) { totalCount } }`)).errors,
      'BAD_USER_INPUT',
      'last',
    );
    const nested = await hub.query(`{ programmes(first: 1) { nodes { initiatives(first: 500) { totalCount } } } }`);
    expect(nested.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(nested.errors![0].message).toContain('first');
  });

  it('an unknown enum value is BAD_USER_INPUT, inline or in a variable', async () => {
    const inline = await hub.query(`{ municipalities(filter: { kind: VILLAGE }) { totalCount } }`);
    expectOneError(inline.errors, 'BAD_USER_INPUT', 'VILLAGE');
    const variable = await hub.query(`query ($f: MunicipalityFilter) { municipalities(filter: $f) { totalCount } }`, {
      f: { kind: 'VILLAGE' },
    });
    expectOneError(variable.errors, 'BAD_USER_INPUT', 'kind');
  });

  it('a country code that is not ISO 3166-1 alpha-2 is BAD_USER_INPUT', async () => {
    const result = await hub.query(`query ($f: ProgrammeFilter) { programmes(filter: $f) { totalCount } }`, {
      f: { country: 'XX' },
    });
    expectOneError(result.errors, 'BAD_USER_INPUT', 'country');
  });

  it('quotes and SQL in a filter are matched as text and harm nothing', async () => {
    for (const search of [`'; drop table programme; --`, `" or 1=1 --`, `%`, `_`, `\\`]) {
      const result = await hub.query(`query ($f: ProgrammeFilter) { programmes(filter: $f) { totalCount } }`, {
        f: { search },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.programmes.totalCount).toBe(0);
    }
    const code = await hub.query(`query ($c: String!) { programme(code: $c) { code } }`, { c: `' OR '1'='1` });
    expectOneError(code.errors, 'NOT_FOUND', 'code');
    expect((await hub.query(`{ programmes { totalCount } }`)).data!.programmes.totalCount).toBe(3);
  });

  it('over-long, NUL-bearing or out-of-range filter values are BAD_USER_INPUT naming the field', async () => {
    const query = `query ($f: ProgrammeFilter) { programmes(filter: $f) { totalCount } }`;
    expectOneError(
      (await hub.query(query, { f: { search: 'x'.repeat(201) } })).errors,
      'BAD_USER_INPUT',
      'filter.search',
    );
    expectOneError((await hub.query(query, { f: { search: 'a\u0000b' } })).errors, 'BAD_USER_INPUT', '$f.search');
    expectOneError(
      (await hub.query(query, { f: { activeInYear: 99999 } })).errors,
      'BAD_USER_INPUT',
      'filter.activeInYear',
    );
    const periods = `query ($f: ObservationFilter) { observations(filter: $f) { totalCount } }`;
    expectOneError(
      (await hub.query(periods, { f: { periodFrom: '2022-01-01', periodTo: '2021-01-01' } })).errors,
      'BAD_USER_INPUT',
      'filter.periodTo',
    );
    expectOneError(
      (await hub.query(periods, { f: { scope: toGlobalId('Theme', 1) } })).errors,
      'BAD_USER_INPUT',
      'filter.scope',
    );
  });

  it('keeps serving over HTTP after bad requests', async () => {
    const url = await hub.listen();
    const post = (body: string) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect((await post('{"query": "{ programmes(first: -1) { totalCount } }"}')).status).toBe(200);
    const broken = await post('{"query": ');
    expect(broken.status).toBe(400);
    expect((await bodyOf(broken)).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const syntax = await post(JSON.stringify({ query: '{ programmes { ' }));
    expect((await bodyOf(syntax)).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const good = await post(JSON.stringify({ query: '{ programmes { totalCount } }' }));
    expect(await good.json()).toEqual({
      data: { programmes: { totalCount: 3 } },
      extensions: { cost: { requested: 121, remaining: expect.any(Number) } },
    });
  });
});
