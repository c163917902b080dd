import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApiToken, revokeApiToken } from '../../src/auth/api-tokens';
import { Role } from '../../src/entities/role.enum';
import { cursorAt } from '../../src/schema/page-args';
import { toGlobalId } from '../../src/schema/global-id';
import { buildAccessWorld } from '../support/access-fixture';
import { snapshotDatabase, type DatabaseSnapshot } from '../support/database-snapshot';
import {
  expectAnsweredAsClientError,
  getWith,
  harmless,
  operation,
  postJson,
  rawPost,
  refused,
  send,
  type HostileCase,
  type HostileRequest,
  type HostileResponse,
  type HostileResponseBody,
} from '../support/hostile-http';
import { initScratchHub, initTestHub, type TestHub } from '../support/test-hub';

/**
 * Hostile requests over real HTTP: each must be answered with a 4xx or a coded GraphQL error from
 * DESIGN.md's list (never a 5xx or INTERNAL_SERVER_ERROR), and the hub must answer a normal query
 * correctly right after. Limits (depth, aliases, tokens, size, cost) may refuse some of these with
 * QUERY_TOO_COMPLEX or BAD_USER_INPUT; any public code is accepted unless a case names its codes.
 */

// ---------------------------------------------------------------------------------------------
// Hostile text, tried in every string argument the schema has.

const HOSTILE_TEXTS: { label: string; value: string; literal: boolean }[] = [
  { label: '<script>', value: '<script>alert(1)</script>', literal: true },
  { label: "'; drop table", value: "'; drop table programme; --", literal: true },
  { label: '" or 1=1', value: '" or 1=1 --', literal: true },
  { label: 'NUL', value: 'a\u0000b', literal: true },
  { label: '%', value: '%', literal: false },
  { label: '_', value: '_', literal: false },
  { label: 'lone surrogate', value: 'x\uD800y', literal: true },
  { label: '10 000 characters', value: "x'".repeat(5_000), literal: true },
];

/** A filter whose field takes free text or a code; `total` reads the list's totalCount. */
interface TextFilter {
  name: string;
  query: string;
  total: (data: Record<string, any>) => number;
  /** A LIKE search: `_` may legitimately match (codes have underscores), `%` must not match everything. */
  search: boolean;
}

const listFilter = (list: string, field: string, search: boolean): TextFilter => ({
  name: `${list}(filter: { ${field} })`,
  query: `query ($v: String) { ${list}(filter: { ${field}: $v }) { totalCount } }`,
  total: (data) => data[list].totalCount,
  search,
});

const TEXT_FILTERS: TextFilter[] = [
  listFilter('programmes', 'search', true),
  listFilter('programmes', 'funder', false),
  listFilter('programmes', 'theme', false),
  listFilter('municipalities', 'search', true),
  listFilter('initiatives', 'search', true),
  listFilter('initiatives', 'programme', false),
  listFilter('initiatives', 'theme', false),
  listFilter('organisations', 'search', true),
  listFilter('sources', 'search', true),
  listFilter('indicators', 'search', true),
  listFilter('activities', 'programme', false),
  listFilter('activities', 'provider', false),
  listFilter('goodPractices', 'programme', false),
  listFilter('policyDocuments', 'organisation', false),
  listFilter('observations', 'indicator', false),
  {
    name: 'country.municipalities(filter: { search })',
    query: `query ($v: String) { country(code: "SE") { municipalities(filter: { search: $v }) { totalCount } } }`,
    total: (data) => data.country.municipalities.totalCount,
    search: true,
  },
];

/** Look-ups by a natural key: a hostile key names nothing (NOT_FOUND) or is refused (BAD_USER_INPUT). */
const KEY_LOOKUPS: { name: string; query: string }[] = [
  ...[
    'programme',
    'indicator',
    'initiative',
    'organisation',
    'activity',
    'goodPractice',
    'network',
    'policyDocument',
    'theme',
    'workingGroup',
  ].map((field) => ({ name: `${field}(code)`, query: `query ($v: String!) { ${field}(code: $v) { id } }` })),
  { name: 'source(key)', query: `query ($v: String!) { source(key: $v) { id } }` },
  { name: 'municipality(code)', query: `query ($v: String!) { municipality(country: "SE", code: $v) { id } }` },
];

/** Arguments typed CountryCode: anything but an ISO 3166-1 alpha-2 code is BAD_USER_INPUT. */
const COUNTRY_CODE_ARGUMENTS: { name: string; query: string }[] = [
  { name: 'country(code)', query: `query ($v: CountryCode!) { country(code: $v) { code } }` },
  {
    name: 'municipality(country)',
    query: `query ($v: CountryCode!) { municipality(country: $v, code: "0180") { id } }`,
  },
  ...['municipalities', 'organisations', 'programmes', 'charterSignatures', 'policyDocuments'].map((list) => ({
    name: `${list}(filter: { country })`,
    query: `query ($v: CountryCode) { ${list}(filter: { country: $v }) { totalCount } }`,
  })),
];

/** Arguments typed ID: anything the API did not issue is BAD_USER_INPUT (or NOT_FOUND). */
const ID_ARGUMENTS: { name: string; query: string }[] = [
  { name: 'node(id)', query: `query ($v: ID!) { node(id: $v) { id } }` },
  {
    name: 'initiatives(filter: { municipality })',
    query: `query ($v: ID) { initiatives(filter: { municipality: $v }) { totalCount } }`,
  },
  {
    name: 'municipalities(filter: { parent })',
    query: `query ($v: ID) { municipalities(filter: { parent: $v }) { totalCount } }`,
  },
  {
    name: 'observations(filter: { scope })',
    query: `query ($v: ID) { observations(filter: { scope: $v }) { totalCount } }`,
  },
];

/** Cursor arguments: anything the API did not issue is BAD_USER_INPUT. */
const CURSOR_ARGUMENTS: { name: string; query: string }[] = [
  { name: 'programmes(after)', query: `query ($v: String) { programmes(after: $v) { totalCount } }` },
  {
    name: 'municipalities(before)',
    query: `query ($v: String) { municipalities(before: $v, last: 5) { totalCount } }`,
  },
  {
    name: 'country.municipalities(after)',
    query: `query ($v: String) { country(code: "SE") { municipalities(after: $v) { totalCount } } }`,
  },
  {
    name: 'programme.initiatives(before)',
    query: `query ($v: String) { programme(code: "HAJ") { initiatives(before: $v) { totalCount } } }`,
  },
];

/** Unfiltered totals of the filtered lists, read before the run, to tell a literal match from a wildcard. */
const unfilteredTotals = new Map<string, number>();

function textFilterCases(): HostileCase[] {
  return TEXT_FILTERS.flatMap((filter) =>
    HOSTILE_TEXTS.map(({ label, value, literal }) => ({
      name: `${filter.name} with ${label}`,
      request: operation(filter.query, { v: value }),
      expect: harmless((body: HostileResponseBody) => {
        if (!body.data || body.errors) return;
        const total = filter.total(body.data);
        // Text is matched literally: no seeded name holds these, and a wildcard must not match everything.
        if (literal || !filter.search) expect(total, `${filter.name} with ${label}`).toBe(0);
        else if (label === '%' && unfilteredTotals.get(filter.name)! > 0)
          expect(total, `${filter.name} with %`).toBeLessThan(unfilteredTotals.get(filter.name)!);
      }),
    })),
  );
}

function argumentCases(arguments_: { name: string; query: string }[]): HostileCase[] {
  return arguments_.flatMap((argument) =>
    HOSTILE_TEXTS.map(({ label, value }) => ({
      name: `${argument.name} with ${label}`,
      request: operation(argument.query, { v: value }),
      expect: refused(),
    })),
  );
}

// ---------------------------------------------------------------------------------------------
// Malformed requests, hostile shapes, abuse of the language.

const PROGRAMMES = '{ programmes { totalCount } }';
const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, n) => `a${n}: ${field}`).join(' ')} }`;
const nested = (depth: number, field: string, leaf: string) =>
  `${`${field} { `.repeat(depth)}${leaf}${' }'.repeat(depth)}`;

/** `levels` fragments, each spreading the one below twice: 2^levels fields if expanded naively. */
function fragmentBomb(levels: number): string {
  const fragments = [`fragment F0 on Query { programmes(first: 1) { nodes { code } } }`];
  for (let level = 1; level <= levels; level += 1)
    fragments.push(`fragment F${level} on Query { ...F${level - 1} ...F${level - 1} }`);
  return `query { ...F${levels} } ${fragments.join(' ')}`;
}

/** Each fragment spreads every fragment below it, inside a field: a wide, deep expansion. */
function nestedFragmentBomb(levels: number): string {
  const fragments = [`fragment G0 on Programme { code }`];
  for (let level = 1; level <= levels; level += 1) {
    fragments.push(`fragment G${level} on Programme { parent { ...G${level - 1} } successor { ...G${level - 1} } }`);
  }
  return `query { programmes(first: 1) { nodes { ...G${levels} } } } ${fragments.join(' ')}`;
}

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

const SHAPE_CASES: HostileCase[] = [
  // Malformed JSON.
  { name: 'JSON cut off', request: rawPost('{"query": ', 'application/json'), expect: refused({ status: 400 }) },
  {
    name: 'JSON with a trailing comma',
    request: rawPost(`{"query": "${PROGRAMMES}",}`, 'application/json'),
    expect: refused({ status: 400 }),
  },
  {
    name: 'JSON with unquoted keys',
    request: rawPost(`{query: "${PROGRAMMES}"}`, 'application/json'),
    expect: refused({ status: 400 }),
  },
  {
    name: 'JSON with garbage after it',
    request: rawPost(`{"query": "${PROGRAMMES}"}}}}`, 'application/json'),
    expect: refused({ status: 400 }),
  },
  {
    name: 'JSON with a byte-order mark',
    request: rawPost(`\uFEFF{"query": "${PROGRAMMES}"}`, 'application/json'),
    expect: refused(),
  },
  { name: 'an empty JSON body', request: rawPost('', 'application/json'), expect: refused({ status: 400 }) },
  { name: 'JSON null', request: rawPost('null', 'application/json'), expect: refused({ status: 400 }) },
  {
    name: 'a JSON string',
    request: rawPost('"{ programmes { totalCount } }"', 'application/json'),
    expect: refused({ status: 400 }),
  },
  { name: 'a JSON number', request: rawPost('42', 'application/json'), expect: refused({ status: 400 }) },
  {
    name: 'JSON nested 100 000 deep',
    request: rawPost(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'application/json'),
    expect: refused({ status: 400 }),
  },
  { name: 'query that is a number', request: postJson({ query: 42 }), expect: refused({ status: 400 }) },
  { name: 'query that is null', request: postJson({ query: null }), expect: refused({ status: 400 }) },
  {
    name: 'query that is an object',
    request: postJson({ query: { programmes: true } }),
    expect: refused({ status: 400 }),
  },
  { name: 'no query at all', request: postJson({ variables: {} }), expect: refused({ status: 400 }) },
  { name: 'an empty query', request: postJson({ query: '' }), expect: refused({ status: 400 }) },
  {
    name: 'variables as a JSON-encoded string',
    request: postJson({ query: PROGRAMMES, variables: '{}' }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'variables as an array',
    request: postJson({ query: PROGRAMMES, variables: [1, 2] }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'extensions as a string',
    request: postJson({ query: PROGRAMMES, extensions: 'x' }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'an unknown persisted query',
    request: postJson({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
    expect: refused({ codes: ['PERSISTED_QUERY_NOT_FOUND'] }),
  },
  // Wrong content types.
  {
    name: 'text/plain (a CSRF-able simple request)',
    request: rawPost(JSON.stringify({ query: PROGRAMMES }), 'text/plain'),
    expect: refused({ status: 400 }),
  },
  {
    name: 'form-encoded',
    request: rawPost(`query=${encodeURIComponent(PROGRAMMES)}`, 'application/x-www-form-urlencoded'),
    expect: refused({ status: 400 }),
  },
  {
    name: 'multipart/form-data',
    request: rawPost(
      '--b\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ programmes { totalCount } }\r\n--b--\r\n',
      'multipart/form-data; boundary=b',
    ),
    expect: refused({ status: 400 }),
  },
  {
    name: 'no content type',
    request: rawPost(JSON.stringify({ query: PROGRAMMES })),
    expect: refused({ status: 400 }),
  },
  {
    name: 'application/graphql',
    request: rawPost(PROGRAMMES, 'application/graphql'),
    expect: refused({ status: 400 }),
  },
  {
    name: 'application/xml',
    request: rawPost('<query>{ programmes { totalCount } }</query>', 'application/xml'),
    expect: refused({ status: 400 }),
  },
  // Bytes that are not UTF-8.
  {
    name: 'invalid UTF-8 inside a string literal',
    request: rawPost(
      bytes('{"query": "{ programme(code: \\"', [0xff, 0xfe, 0xfd], '\\") { id } }"}'),
      'application/json',
    ),
    expect: refused(),
  },
  {
    name: 'invalid UTF-8 inside a variable',
    request: rawPost(
      bytes(
        '{"query": "query ($c: String!) { programme(code: $c) { id } }", "variables": {"c": "',
        [0xc0, 0xaf, 0xed, 0xa0, 0x80],
        '"}}',
      ),
      'application/json',
    ),
    expect: refused(),
  },
  {
    name: 'invalid UTF-8 outside any string',
    request: rawPost(bytes('{"query": "{ programmes { totalCount } }"', [0xff], '}'), 'application/json'),
    expect: refused({ status: 400 }),
  },
  {
    name: 'UTF-8 cut off in the middle of a character',
    request: rawPost(bytes('{"query": "{ programme(code: \\"', [0xe2, 0x82], '\\") { id } }"}'), 'application/json'),
    expect: refused(),
  },
  {
    name: 'invalid UTF-8 in a search filter',
    request: rawPost(
      bytes(
        '{"query": "query ($f: ProgrammeFilter) { programmes(filter: $f) { totalCount } }", "variables": {"f": {"search": "',
        [0xf8, 0x88, 0x80, 0x80, 0x80],
        '"}}}',
      ),
      'application/json',
    ),
    expect: harmless(),
  },
  // Size.
  {
    name: 'a 5 MB query',
    request: operation(`{ programmes { totalCount } } #${'x'.repeat(5_000_000)}`),
    expect: refused({ status: 413 }),
  },
  {
    name: '5 MB of variables',
    request: operation(PROGRAMMES, { junk: 'x'.repeat(5_000_000) }),
    expect: refused({ status: 413 }),
  },
  {
    name: '80 000 tokens just under the body limit',
    request: operation(`{ ${'__typename '.repeat(80_000)}}`),
    expect: refused(),
  },
  // Depth.
  {
    name: '200 levels of nesting (programme.parent)',
    request: operation(`{ programme(code: "HAJ") { ${nested(199, 'parent', 'code')} } }`),
    expect: refused(),
  },
  {
    name: '200 levels of nesting through lists',
    request: operation(`{ countries { ${nested(99, 'programmes { countries', 'code')}${' }'.repeat(99)} } }`),
    expect: refused(),
  },
  {
    name: '5 000 nested selection sets (parser recursion)',
    request: operation(`{ ${nested(5_000, 'a', 'b')} }`),
    expect: refused(),
  },
  {
    name: '200 levels of introspection',
    request: operation(`{ __schema { types { ${nested(200, 'fields { type', 'name')}${' }'.repeat(200)} } } }`),
    expect: refused(),
  },
  // Aliases.
  {
    name: '3 000 aliases of a list',
    request: operation(aliases(3_000, 'programmes { totalCount }')),
    expect: refused(),
  },
  { name: '10 000 aliases of __typename', request: operation(aliases(10_000, '__typename')), expect: refused() },
  {
    name: '1 000 aliases of a nested connection',
    request: operation(
      `{ programmes(first: 100) { nodes { ${aliases(1_000, 'initiatives(first: 100) { totalCount }').slice(1, -1)} } } }`,
    ),
    expect: refused(),
  },
  // Fragments.
  { name: 'fragment bomb: 2^30 spreads', request: operation(fragmentBomb(30)), expect: refused() },
  {
    name: 'fragment bomb: 2^20 fields nested in parent/successor',
    request: operation(nestedFragmentBomb(20)),
    expect: refused(),
  },
  {
    name: 'a fragment cycle of two',
    request: operation(`query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`),
    expect: refused(),
  },
  {
    name: 'a fragment that spreads itself',
    request: operation(`query { programmes { nodes { ...P } } } fragment P on Programme { code parent { ...P } }`),
    expect: refused(),
  },
  {
    name: 'a fragment cycle of 500',
    request: operation(
      `query { ...C0 } ${Array.from({ length: 500 }, (_, n) => `fragment C${n} on Query { ...C${(n + 1) % 500} }`).join(' ')}`,
    ),
    expect: refused(),
  },
  { name: 'a spread of an undefined fragment', request: operation(`query { ...Nope }`), expect: refused() },
  {
    name: '5 000 unused fragments',
    request: operation(
      `${PROGRAMMES} ${Array.from({ length: 5_000 }, (_, n) => `fragment U${n} on Query { __typename }`).join(' ')}`,
    ),
    expect: refused(),
  },
  // Directives.
  {
    name: '@include repeated 5 000 times',
    request: operation(`{ programmes ${'@include(if: true) '.repeat(5_000)}{ totalCount } }`),
    expect: refused(),
  },
  {
    name: '@skip(if: false) repeated 5 000 times',
    request: operation(`{ programmes ${'@skip(if: false) '.repeat(5_000)}{ totalCount } }`),
    expect: refused(),
  },
  {
    name: 'an unknown directive 5 000 times',
    request: operation(`{ programmes ${'@nope '.repeat(5_000)}{ totalCount } }`),
    expect: refused(),
  },
  {
    name: '@include on 5 000 aliased fields',
    request: operation(aliases(5_000, '__typename @include(if: true)')),
    expect: refused(),
  },
  {
    name: '@deprecated where it cannot go',
    request: operation(`{ programmes @deprecated { totalCount } }`),
    expect: refused(),
  },
  // Page sizes.
  ...[
    ['first: -1', 'first: -1'],
    ['first: 101', 'first: 101'],
    ['first: 2147483647', 'first: 2147483647'],
    ['first: 2^31 (not an Int)', 'first: 2147483648'],
    ['first: 1e10', 'first: 10000000000'],
    ['first: 2.5', 'first: 2.5'],
    ['first: "10"', 'first: "10"'],
    ['last: -1', 'last: -1'],
    ['last: 1000', 'last: 1000'],
    ['first and last together', 'first: 1, last: 1'],
    ['first: 1e308', 'first: 1e308'],
  ].map(([label, args]): HostileCase => ({
    name: `programmes(${label})`,
    request: operation(`{ programmes(${args}) { totalCount } }`),
    expect: refused(),
  })),
  {
    name: 'nested initiatives(first: -5)',
    request: operation(`{ programmes(first: 2) { nodes { initiatives(first: -5) { totalCount } } } }`),
    expect: refused(),
  },
  {
    name: 'first: 1e308 as a variable',
    request: operation(`query ($n: Int) { programmes(first: $n) { totalCount } }`, { n: 1e308 }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'first: -1e308 as a variable',
    request: operation(`query ($n: Int) { programmes(first: $n) { totalCount } }`, { n: -1e308 }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'first: "NaN" as a variable',
    request: operation(`query ($n: Int) { programmes(first: $n) { totalCount } }`, { n: 'NaN' }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'activeInYear: 2^31-1',
    request: operation(`{ programmes(filter: { activeInYear: 2147483647 }) { totalCount } }`),
    expect: refused(),
  },
  {
    name: 'activeInYear: -2^31',
    request: operation(`{ programmes(filter: { activeInYear: -2147483648 }) { totalCount } }`),
    expect: refused(),
  },
  // Cursors and ids beyond the hostile texts.
  ...[
    ['an empty cursor', ''],
    ['base64 of junk', Buffer.from('junk:junk').toString('base64')],
    ['a 100 000-character cursor', 'A'.repeat(100_000)],
    ['a cursor at position -1', cursorAt(-1)],
    ['a cursor at position 2^53+2', Buffer.from('position:9007199254740994').toString('base64url')],
    ['a cursor at position 1e309', Buffer.from('position:1e309').toString('base64url')],
    ['a cursor at position 0x10', Buffer.from('position:0x10').toString('base64url')],
  ].map(([label, cursor]): HostileCase => ({
    name: `programmes(after: ${label})`,
    request: operation(`query ($c: String) { programmes(after: $c) { totalCount } }`, { c: cursor }),
    expect: refused(),
  })),
  ...[
    ['an empty id', ''],
    ['base64 of junk', Buffer.from('\u0001\u0002junk').toString('base64')],
    ['a 100 000-character id', 'A'.repeat(100_000)],
    ['an id of an unknown type', toGlobalId('Spaceship', 1)],
    ['an id of a prototype name', toGlobalId('Constructor', 1)],
    ['an id with a negative key', toGlobalId('Programme', -1)],
    ['an id with a 30-digit key', toGlobalId('Programme', '9'.repeat(30))],
    ['an id with SQL in its key', toGlobalId('Programme', '1 or 1=1')],
    ['a Country id with SQL in its key', toGlobalId('Country', "SE' or '1'='1")],
    ['a Country id with a NUL in its key', toGlobalId('Country', 'S\u0000E')],
    ['a Country id with a 10 000-character key', toGlobalId('Country', 'S'.repeat(10_000))],
    ['an id of padded base64', `${Buffer.from('Programme:1').toString('base64')}==`],
  ].map(([label, id]): HostileCase => ({
    name: `node(id: ${label})`,
    request: operation(`query ($id: ID!) { node(id: $id) { id } }`, { id }),
    expect: refused(),
  })),
  { name: 'node(id:) given an Int literal', request: operation(`{ node(id: 5) { id } }`), expect: refused() },
  // Enums.
  {
    name: 'an unknown enum value',
    request: operation(`{ municipalities(filter: { kind: VILLAGE }) { totalCount } }`),
    expect: refused({ status: 400 }),
  },
  {
    name: 'an enum value as a string literal',
    request: operation(`{ municipalities(filter: { kind: "CITY" }) { totalCount } }`),
    expect: refused({ status: 400 }),
  },
  {
    name: 'an enum value as a number',
    request: operation(`{ municipalities(filter: { kind: 1 }) { totalCount } }`),
    expect: refused({ status: 400 }),
  },
  {
    name: 'an enum value in lower case, in a variable',
    request: operation(`query ($s: ProgrammeSort) { programmes(sort: $s) { totalCount } }`, {
      s: { field: 'name', direction: 'asc' },
    }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'an unknown sort field',
    request: operation(`{ programmes(sort: { field: DROP_TABLE }) { totalCount } }`),
    expect: refused({ status: 400 }),
  },
  {
    name: 'a null sort direction',
    request: operation(`query ($s: ProgrammeSort) { programmes(sort: $s) { totalCount } }`, {
      s: { field: 'NAME', direction: null },
    }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'review statuses with an unknown one among 10 000',
    request: operation(`query ($f: ObservationFilter) { observations(filter: $f) { totalCount } }`, {
      f: { reviewStatuses: [...Array(9_999).fill('APPROVED'), 'PUBLISHED'] },
    }),
    expect: refused({ status: 400 }),
  },
  {
    name: '100 unknown review statuses (more coercion errors than graphql-js reports)',
    request: operation(`query ($f: ObservationFilter) { observations(filter: $f) { totalCount } }`, {
      f: { reviewStatuses: Array.from({ length: 100 }, (_, n) => `NOPE${n}`) },
    }),
    expect: refused({ status: 400 }),
  },
  {
    name: '10 000 review statuses',
    request: operation(`query ($f: ObservationFilter) { observations(filter: $f) { totalCount } }`, {
      f: { reviewStatuses: Array(10_000).fill('DRAFT') },
    }),
    expect: harmless(),
  },
  {
    name: 'dates that are not dates',
    request: operation(`query ($f: ObservationFilter) { observations(filter: $f) { totalCount } }`, {
      f: { periodFrom: '2020-02-30', periodTo: "'; drop table observation; --" },
    }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'an observation period from year 0',
    request: operation(`{ observations(filter: { periodFrom: "0000-01-01" }) { totalCount } }`),
    expect: harmless(),
  },
  {
    name: 'a date in year 0 and one in year 9999',
    request: operation(
      `{ charterSignatures(filter: { signedFrom: "0000-01-01", signedTo: "9999-12-31" }) { totalCount } }`,
    ),
    expect: harmless(),
  },
  // Variables.
  {
    name: 'a string where an Int variable goes',
    request: operation(`query ($n: Int) { programmes(first: $n) { totalCount } }`, { n: 'ten' }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'a number where a String! variable goes',
    request: operation(`query ($c: String!) { programme(code: $c) { id } }`, { c: 42 }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'an object where a String! variable goes',
    request: operation(`query ($c: String!) { programme(code: $c) { id } }`, { c: { $ne: null } }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'a list where a String! variable goes',
    request: operation(`query ($c: String!) { programme(code: $c) { id } }`, { c: ['HAJ', 'X'] }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'an unknown field in an input variable',
    request: rawPost(
      '{"query": "query ($f: ProgrammeFilter) { programmes(filter: $f) { totalCount } }", "variables": {"f": {"search": "x", "__proto__": {"admin": true}, "where": "1=1"}}}',
      'application/json',
    ),
    expect: refused({ status: 400 }),
  },
  {
    name: 'a variable declared with the wrong type',
    request: operation(`query ($c: Int!) { programme(code: $c) { id } }`, { c: 1 }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'a variable of an unknown type',
    request: operation(`query ($c: Banana) { programme(code: $c) { id } }`, { c: 'HAJ' }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'an undeclared variable',
    request: operation(`{ programme(code: $c) { id } }`, { c: 'HAJ' }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'a missing required variable',
    request: operation(`query ($c: String!) { programme(code: $c) { id } }`),
    expect: refused({ status: 400 }),
  },
  {
    name: 'a required variable given null',
    request: operation(`query ($c: String!) { programme(code: $c) { id } }`, { c: null }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'null for a required argument, through a nullable variable with a default',
    request: operation(`query ($c: String = "HAJ") { programme(code: $c) { id } }`, { c: null }),
    expect: refused({ status: 400, codes: ['BAD_USER_INPUT'] }),
  },
  {
    name: 'null for @include(if:), through a nullable variable with a default',
    request: operation(`query ($i: Boolean = true) { programmes { totalCount @include(if: $i) } }`, { i: null }),
    expect: refused({ status: 400, codes: ['BAD_USER_INPUT'] }),
  },
  // Operations.
  {
    name: 'an unknown operation name',
    request: postJson({ query: `query A ${PROGRAMMES}`, operationName: 'B' }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'two operations without an operation name',
    request: postJson({ query: `query A ${PROGRAMMES} query B { countries { code } }` }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'an operation name that is a number',
    request: postJson({ query: `query A ${PROGRAMMES}`, operationName: 42 }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'a mutation (the API has none)',
    request: operation(`mutation { deleteEverything }`),
    expect: refused({ status: 400 }),
  },
  {
    name: 'a subscription (the API has none)',
    request: operation(`subscription { programmes { totalCount } }`),
    expect: refused({ status: 400 }),
  },
  { name: 'an unknown field', request: operation(`{ programmez { totalCount } }`), expect: refused({ status: 400 }) },
  {
    name: 'a field on a scalar',
    request: operation(`{ programmes { totalCount { value } } }`),
    expect: refused({ status: 400 }),
  },
  { name: 'a syntax error', request: operation(`{ programmes { totalCount `), expect: refused({ status: 400 }) },
  {
    name: 'a lone surrogate in the query text',
    request: operation(`{ programme(code: "\uD800") { id } }`),
    expect: refused(),
  },
  {
    name: 'a NUL character in the query text',
    request: operation(`{ programmes { totalCount } \u0000 }`),
    expect: refused({ status: 400 }),
  },
  // GET and other methods.
  {
    name: 'GET with a mutation, with the preflight header',
    request: getWith({ query: 'mutation { deleteEverything }' }, { 'apollo-require-preflight': 'true' }),
    expect: refused(),
  },
  {
    name: 'GET with a mutation, without the preflight header',
    request: getWith({ query: 'mutation { deleteEverything }' }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'GET with a query, without the preflight header',
    request: getWith({ query: PROGRAMMES }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'GET without a query',
    request: getWith({}, { 'apollo-require-preflight': 'true' }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'GET with an empty query',
    request: getWith({ query: '' }, { 'apollo-require-preflight': 'true' }),
    expect: refused({ status: 400 }),
  },
  {
    name: 'GET with variables that are not JSON',
    request: getWith(
      { query: 'query ($n: Int) { programmes(first: $n) { totalCount } }', variables: '{n: 1' },
      { 'apollo-require-preflight': 'true' },
    ),
    expect: refused({ status: 400 }),
  },
  {
    name: 'GET with a 64 KB query string',
    request: getWith({ query: `${PROGRAMMES} #${'x'.repeat(64_000)}` }, { 'apollo-require-preflight': 'true' }),
    expect: refused({ bodyless: true }),
  },
  {
    name: 'PUT',
    request: {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: PROGRAMMES }),
    },
    expect: refused(),
  },
  { name: 'DELETE', request: { method: 'DELETE' }, expect: refused() },
  // Batches.
  {
    name: 'a batch of two operations',
    request: rawPost(JSON.stringify([{ query: PROGRAMMES }, { query: PROGRAMMES }]), 'application/json'),
    expect: refused({ status: 400 }),
  },
  { name: 'an empty batch', request: rawPost('[]', 'application/json'), expect: refused({ status: 400 }) },
  {
    name: 'a batch of 10 000 operations',
    request: rawPost(JSON.stringify(Array(10_000).fill({ query: PROGRAMMES })), 'application/json'),
    expect: refused({ status: 400 }),
  },
  // Headers.
  {
    name: 'a malformed Authorization header',
    request: operation(PROGRAMMES, undefined, { authorization: 'Bearer' }),
    expect: refused({ status: 401, codes: ['UNAUTHENTICATED'] }),
  },
  {
    name: "a 20 KB header (over Node's header limit)",
    request: operation(PROGRAMMES, undefined, { 'x-junk': 'x'.repeat(20_000) }),
    expect: refused({ bodyless: true }),
  },
];

/** How the cases were answered (HTTP status and first error code), printed at the end; HOSTILE_VERBOSE=1 prints each case. */
const outcomes = new Map<string, number>();
function tally(name: string, response: HostileResponse): void {
  const code = response.body?.errors?.[0]?.extensions?.code ?? (response.body?.data ? 'data' : 'no JSON body');
  const outcome = `HTTP ${response.status} ${String(code)}`;
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  if (process.env.HOSTILE_VERBOSE)
    console.log(`${outcome.padEnd(34)} ${Math.round(response.milliseconds).toString().padStart(5)} ms  ${name}`);
}
afterAll(() => {
  const total = [...outcomes.values()].reduce((sum, n) => sum + n, 0);
  console.log(
    `hostile-input: ${total} cases answered\n${[...outcomes]
      .sort((a, b) => b[1] - a[1])
      .map(([key, n]) => `  ${key}: ${n}`)
      .join('\n')}`,
  );
});

/** The query every case is followed by, and its one right answer on the seeded database. */
const HEALTH_QUERY = '{ programme(code: "HAJ") { code budget { amount currency } } }';
const HEALTH_DATA = { programme: { code: 'HAJ', budget: { amount: 25000000, currency: 'EUR' } } };

async function expectStillServing(url: string, after: string): Promise<void> {
  const response = await send(url, operation(HEALTH_QUERY));
  expect(response.status, `a normal query after "${after}": ${response.text.slice(0, 300)}`).toBe(200);
  // Only data and errors are compared: extensions (such as the cost report) may come along.
  expect(response.body?.errors, `a normal query after "${after}"`).toBeUndefined();
  expect(response.body?.data, `a normal query after "${after}"`).toEqual(HEALTH_DATA);
}

const SHARED_DATABASE_CASES: HostileCase[] = [
  ...textFilterCases(),
  ...argumentCases(KEY_LOOKUPS),
  ...argumentCases(COUNTRY_CODE_ARGUMENTS),
  ...argumentCases(ID_ARGUMENTS),
  ...argumentCases(CURSOR_ARGUMENTS),
  ...SHAPE_CASES,
];

describe('hostile input over HTTP, on the shared seeded database', () => {
  let hub: TestHub;
  let url: string;
  let before: DatabaseSnapshot;

  beforeAll(async () => {
    hub = await initTestHub();
    url = await hub.listen();
    before = await snapshotDatabase(inject('databaseUrl'));
    for (const filter of TEXT_FILTERS) {
      const result = await hub.query(filter.query, {});
      expect(result.errors, filter.name).toBeUndefined();
      unfilteredTotals.set(filter.name, filter.total(result.data!));
    }
  });
  afterAll(() => hub?.close());

  it('answers the health query correctly before any hostile request', async () => {
    await expectStillServing(url, 'nothing');
  });

  it.each(SHARED_DATABASE_CASES.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const response = await send(url, c.request);
    tally(name, response);
    expectAnsweredAsClientError(name, response, c.expect);
    await expectStillServing(url, name);
  });

  it('wrote nothing to the shared database', async () => {
    expect(await snapshotDatabase(inject('databaseUrl'))).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------
// Tokens: real ones made, then revoked, expired or altered. They need rows, so a scratch database.

describe('hostile Bearer tokens over HTTP, on a scratch database', () => {
  let hub: TestHub;
  let url: string;
  let admin: string;
  const tokens: Record<'revoked' | 'expired' | 'live', string> = { revoked: '', expired: '', live: '' };

  const asked = (authorization: () => string): HostileRequest & { authorization: () => string } => ({
    ...operation(PROGRAMMES),
    authorization,
  });
  const flip = (secret: string, at: number) => {
    const index = at < 0 ? secret.length + at : at;
    return `${secret.slice(0, index)}${secret[index] === 'A' ? 'B' : 'A'}${secret.slice(index + 1)}`;
  };
  const TOKEN_CASES: { name: string; request: ReturnType<typeof asked>; bodyless?: boolean }[] = [
    {
      name: 'a forged token of the right shape',
      request: asked(() => `Bearer hub_${Buffer.alloc(32, 7).toString('base64url')}`),
    },
    { name: 'a real token with its last character changed', request: asked(() => `Bearer ${flip(tokens.live, -1)}`) },
    {
      name: 'a real token with a character of its middle changed',
      request: asked(() => `Bearer ${flip(tokens.live, 20)}`),
    },
    { name: 'a real token cut short by one character', request: asked(() => `Bearer ${tokens.live.slice(0, -1)}`) },
    { name: 'a real token with a character added', request: asked(() => `Bearer ${tokens.live}A`) },
    { name: 'a real token without its prefix', request: asked(() => `Bearer ${tokens.live.slice(4)}`) },
    { name: 'a real token in upper case', request: asked(() => `Bearer ${tokens.live.toUpperCase()}`) },
    { name: 'a revoked token', request: asked(() => `Bearer ${tokens.revoked}`) },
    { name: 'an expired token', request: asked(() => `Bearer ${tokens.expired}`) },
    {
      name: 'a real token as Basic credentials',
      request: asked(() => `Basic ${Buffer.from(`admin:${tokens.live}`).toString('base64')}`),
    },
    { name: 'a real token without the Bearer scheme', request: asked(() => tokens.live) },
    { name: 'two tokens in one header', request: asked(() => `Bearer ${tokens.live} ${tokens.live}`) },
    {
      name: 'a token and a comma (two headers folded)',
      request: asked(() => `Bearer ${tokens.live}, Bearer ${tokens.revoked}`),
    },
    { name: '"Bearer" and nothing else', request: asked(() => 'Bearer') },
    { name: '"Bearer" and spaces', request: asked(() => 'Bearer     ') },
    { name: 'SQL as a token', request: asked(() => "Bearer hub_' or '1'='1") },
    {
      name: 'an unsigned JWT claiming ADMIN',
      request: asked(
        () =>
          `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"role":"ADMIN"}').toString('base64url')}.`,
      ),
    },
    { name: 'a 10 000-character token', request: asked(() => `Bearer hub_${'x'.repeat(10_000)}`) },
    { name: 'a token with Latin-1 bytes', request: asked(() => 'Bearer hub_\u00e9\u00e8\u00ff') },
    {
      name: "a 20 KB Authorization header (over Node's header limit)",
      request: asked(() => `Bearer hub_${'x'.repeat(20_000)}`),
      bodyless: true,
    },
  ];

  beforeAll(async () => {
    hub = await initScratchHub();
    await buildAccessWorld(hub.orm.em.fork());
    url = await hub.listen();
    const em = hub.orm.em.fork();
    admin = (await createApiToken(em, { name: 'admin', role: Role.ADMIN })).secret;
    tokens.live = (await createApiToken(em, { name: 'live', role: Role.ADMIN })).secret;
    const revoked = await createApiToken(em, { name: 'revoked', role: Role.ADMIN });
    await revokeApiToken(em, revoked.id);
    tokens.revoked = revoked.secret;
    tokens.expired = (
      await createApiToken(em, { name: 'expired', role: Role.ADMIN, expiresAt: new Date(Date.now() - 1_000) })
    ).secret;
  });
  afterAll(() => hub?.close());

  /** The access world has two published programmes of three; the admin sees all three. */
  async function expectTokensStillWork(after: string): Promise<void> {
    const anonymous = await send(url, operation(PROGRAMMES));
    expect(anonymous.body?.errors, `anonymous after "${after}"`).toBeUndefined();
    expect(anonymous.body?.data, `anonymous after "${after}"`).toEqual({ programmes: { totalCount: 2 } });
    const asAdmin = await send(url, operation(PROGRAMMES, undefined, { authorization: `Bearer ${admin}` }));
    expect(asAdmin.body?.errors, `admin after "${after}"`).toBeUndefined();
    expect(asAdmin.body?.data, `admin after "${after}"`).toEqual({ programmes: { totalCount: 3 } });
  }

  it.each(TOKEN_CASES.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const { authorization, ...request } = c.request;
    const response = await send(url, { ...request, headers: { ...request.headers, authorization: authorization() } });
    tally(name, response);
    const expectation = c.bodyless ? refused({ bodyless: true }) : refused({ status: 401, codes: ['UNAUTHENTICATED'] });
    expectAnsweredAsClientError(name, response, expectation);
    if (response.body) expect(response.body.data, `${name}: never answered as anonymous`).toBeUndefined();
    await expectTokensStillWork(name);
  });
});
