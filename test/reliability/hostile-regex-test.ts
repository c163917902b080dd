import { performance } from 'node:perf_hooks';
import type { GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/db/database-unavailable';
import { IndicatorComputation, IndicatorUnit } from '../../src/entities/indicator.entity';
import type { ImportProblem } from '../../src/import/import-problem';
import { CSV_COLUMNS, type ColumnPositions } from '../../src/import/csv-columns';
import { stagingLine } from '../../src/import/csv-row';
import { ProgrammeInput } from '../../src/resolvers/programmes/programme.input';
import { fromGlobalId, toGlobalId } from '../../src/schema/global-id';
import { validateInput } from '../../src/schema/validate-input';
import { withoutSuggestions } from '../../src/server/format-error';
import { isParserLimitMessage } from '../../src/server/limits/parser-limits';
import {
  expectAnsweredAsClientError,
  harmless,
  operation,
  refused,
  send,
  type HostileExpectation,
  type HostileRequest,
} from '../support/hostile-http';
import { startHubProcess, type HubProcess } from '../support/hub-process';

/**
 * Every regular expression of `src/` that sees a client's input (error messages quoting it, CSV
 * cells, ids, search text, headers, validated fields), fed long input shaped to make a
 * backtracking pattern slow: each must take time linear in its input. On these sizes a quadratic
 * pattern took seconds (a 99 000-digit cell 11 s and more) and the largest hours; the bounds are
 * generous, so a loaded machine does not make them flaky.
 */

/** The most a function of the hub may take on one pathological input. */
const FUNCTION_BOUND_MS = 200;

function timed<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = run();
  return { result, ms: performance.now() - started };
}

async function timedAsync<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

// ---------------------------------------------------------------------------------------------
// Over HTTP: the hub as production runs it (NODE_ENV=production, so field suggestions are off and
// every error message goes through `withoutSuggestions`), anonymous, in a process of its own.

const DID_YOU_MEAN = 'Did you mean ';
/** Characters of a variable that keep its request under the 4 000 000-byte body limit. */
const NEAR_BODY_LIMIT = 3_900_000;

/** How long an answer to one hostile request may take, and how long `/healthz` may wait meanwhile. */
const ANSWER_BOUND_MS = 4_000;
const HEALTH_BOUND_MS = 1_500;
/** After this a request is taken to be stalled, and the case fails. */
const GIVE_UP_MS = 15_000;

const repeatedTo = (text: string, length: number) => text.repeat(Math.floor(length / text.length));

const HTTP_CASES: { name: string; request: HostileRequest; expect?: HostileExpectation }[] = [
  // The reproduction of the stall: graphql-js copies the value into its message.
  {
    name: '10 000 x "Did you mean " in an Int variable',
    request: operation('query($f:Int){programmes(first:$f){totalCount}}', { f: DID_YOU_MEAN.repeat(10_000) }),
  },
  {
    name: '"Did you mean " up to the body limit in an Int variable',
    request: operation('query($f:Int){programmes(first:$f){totalCount}}', {
      f: repeatedTo(DID_YOU_MEAN, NEAR_BODY_LIMIT),
    }),
  },
  // graphql-js works out suggestions for these two, wanted or not, in linear time but about 0.4 s a megabyte: 250 KB keeps that out of the bounds.
  {
    name: '250 KB of "Did you mean " in an enum variable',
    request: operation('query($f:MunicipalityFilter){municipalities(filter:$f){totalCount}}', {
      f: { kind: repeatedTo(DID_YOU_MEAN, 250_000) },
    }),
  },
  {
    name: '250 KB of "Did you mean " as an input field name',
    request: operation('query($f:ProgrammeFilter){programmes(filter:$f){totalCount}}', {
      f: { [repeatedTo(DID_YOU_MEAN, 250_000)]: 1 },
    }),
  },
  // Ids: the type name and the integer key of a global id, and a Country's code.
  {
    name: 'an id whose key is a million digits and a letter',
    request: operation('query($id:ID!){node(id:$id){id}}', {
      id: toGlobalId('Programme', `${'1'.repeat(1_000_000)}x`),
    }),
  },
  {
    name: 'an id whose type name is a million letters and a digit',
    request: operation('query($id:ID!){node(id:$id){id}}', { id: toGlobalId(`P${'a'.repeat(1_000_000)}1`, 1) }),
  },
  {
    name: 'an observation scope whose key is a million digits and a letter',
    request: operation('query($s:ID){observations(filter:{scope:$s}){totalCount}}', {
      s: toGlobalId('Municipality', `${'1'.repeat(1_000_000)}x`),
    }),
  },
  {
    name: 'a results scope of a Country whose code is a million capitals',
    request: operation('query($s:ID!){frameworks{coverage(scope:$s){elementCount}}}', {
      s: toGlobalId('Country', 'S'.repeat(1_000_000)),
    }),
  },
  // Text: LIKE escaping, the CountryCode and LocalDate scalars, a NUL character named by its path.
  {
    name: 'a search of a million LIKE wildcards and backslashes',
    request: operation('query($v:String){programmes(filter:{search:$v}){totalCount}}', {
      v: repeatedTo('%_\\', 1_000_000),
    }),
    expect: harmless(),
  },
  {
    name: 'a country code of a million capitals',
    request: operation('query($c:CountryCode!){country(code:$c){code}}', { c: 'S'.repeat(1_000_000) }),
  },
  {
    name: 'a date of a million digits',
    request: operation('query($d:LocalDate){observations(filter:{periodFrom:$d}){totalCount}}', {
      d: '2'.repeat(1_000_000),
    }),
  },
  {
    name: 'a NUL character under a variable named "$." a million times',
    request: operation('{ programmes { totalCount } }', { [repeatedTo('$.', 1_000_000)]: 'a\u0000b' }),
  },
  // Headers: the Authorization header's Bearer pattern, up to Node's header size limit.
  {
    name: 'an Authorization header of "Bearer", 15 000 spaces and two words',
    request: operation('{ programmes { totalCount } }', undefined, {
      authorization: `Bearer ${' '.repeat(15_000)}x y`,
    }),
  },
  {
    name: 'an Authorization header of "Bearer" and 7 500 words',
    request: operation('{ programmes { totalCount } }', undefined, { authorization: `Bearer ${'x '.repeat(7_500)}` }),
  },
];

describe('regular expressions fed pathological input over HTTP, in a production hub of its own', () => {
  let hub: HubProcess;

  beforeAll(async () => {
    hub = await startHubProcess({
      NODE_ENV: 'production',
      DATABASE_URL: inject('databaseUrl'),
      REDIS_URL: '',
      DATABASE_REPLICA_URLS: '',
      RESPONSE_CACHE_SECONDS: '0',
    });
  });
  afterAll(() => hub?.stop());

  /** Asks `/healthz` again and again until `done` settles; answers the longest wait. */
  async function longestHealthWait(done: Promise<unknown>): Promise<number> {
    let settled = false;
    void done.finally(() => (settled = true)).catch(() => undefined);
    let longest = 0;
    while (!settled) {
      const { result: status, ms } = await timedAsync(() =>
        fetch(new URL('/healthz', hub.url), { signal: AbortSignal.timeout(GIVE_UP_MS) }).then(
          (response) => response.status,
          () => 0,
        ),
      );
      expect(status, '/healthz answered').toBe(200);
      longest = Math.max(longest, ms);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return longest;
  }

  it.each(HTTP_CASES.map((c) => [c.name, c] as const))(
    '%s: answered quickly, /healthz never stalled',
    async (name, c) => {
      const answer = timedAsync(() => send(hub.url, c.request, GIVE_UP_MS));
      const healthWait = await longestHealthWait(answer);
      const { result: response, ms } = await answer;
      console.log(
        `hostile-regex: ${name}: answered in ${Math.round(ms)} ms, /healthz waited at most ${Math.round(healthWait)} ms`,
      );
      expectAnsweredAsClientError(name, response, c.expect ?? refused());
      expect(ms, `${name}: answer time`).toBeLessThan(ANSWER_BOUND_MS);
      expect(healthWait, `${name}: longest /healthz wait`).toBeLessThan(HEALTH_BOUND_MS);
    },
    GIVE_UP_MS * 3,
  );
});

// ---------------------------------------------------------------------------------------------
// The functions of the hub that match input, called directly.

describe('withoutSuggestions', () => {
  const message = (text: string): GraphQLFormattedError => ({ message: text, extensions: { code: 'BAD_USER_INPUT' } });

  it('drops graphql-js\'s "Did you mean" hint and nothing else', () => {
    const cases: [string, string][] = [
      [
        'Cannot query field "programes" on type "Query". Did you mean "programmes" or "programme"?',
        'Cannot query field "programes" on type "Query".',
      ],
      [
        'Value "CITX" does not exist in "MunicipalityKind" enum. Did you mean the enum value "CITY"?',
        'Value "CITX" does not exist in "MunicipalityKind" enum.',
      ],
      [
        'Field "serch" is not defined by type "ProgrammeFilter". Did you mean "search"?',
        'Field "serch" is not defined by type "ProgrammeFilter".',
      ],
      [
        'Unknown type "Programm". Did you mean "Programme", "ProgrammeFilter", or "ProgrammeSort"?',
        'Unknown type "Programm".',
      ],
      // A client's value holding the words keeps them where no hint follows, and loses only the hint where one does.
      [
        'Variable "$f" got invalid value "Did you mean x?"; Int cannot represent non-integer value: "Did you mean x?"',
        'Variable "$f" got invalid value "Did you mean x?"; Int cannot represent non-integer value: "Did you mean x?"',
      ],
      [
        'Field "Did you mean" is not defined by type "ProgrammeFilter". Did you mean "search"?',
        'Field "Did you mean" is not defined by type "ProgrammeFilter".',
      ],
      ['Syntax Error: Unexpected "?".', 'Syntax Error: Unexpected "?".'],
    ];
    for (const [given, expected] of cases) expect(withoutSuggestions(message(given)).message, given).toBe(expected);
  });

  it.each([
    [
      '4 MB of "Did you mean " and no question mark',
      `Variable "$f" got invalid value "${repeatedTo(DID_YOU_MEAN, 4_000_000)}"`,
    ],
    ['4 MB of "Did you mean " ending in a question mark', `${repeatedTo(` ${DID_YOU_MEAN}`, 4_000_000)}?`],
    ['4 MB of "Did you mean ?"', repeatedTo(` ${DID_YOU_MEAN}?`, 4_000_000)],
  ])('takes linear time on %s', (_label, text) => {
    const { ms } = timed(() => withoutSuggestions(message(text)));
    expect(ms).toBeLessThan(FUNCTION_BOUND_MS);
  });
});

describe('stagingLine (one CSV row)', () => {
  const positions = Object.fromEntries(CSV_COLUMNS.map((column, index) => [column, index])) as ColumnPositions;
  const GOOD: Record<(typeof CSV_COLUMNS)[number], string> = {
    indicator: 'TRAINED',
    country: 'NO',
    municipality: '1201',
    period_start: '2001-01-01',
    period_end: '2001-01-01',
    sex: 'TOTAL',
    role: '',
    kind: 'ACTUAL',
    value: '3',
    numerator: '',
    denominator: '',
    source: '',
    evidence_urls: '',
  };
  /** A SCORE takes any number, so only the reading of numbers is at stake. */
  const indicators = new Map([
    [
      'TRAINED',
      { code: 'TRAINED', unit: IndicatorUnit.SCORE, disaggregations: [], computation: IndicatorComputation.REPORTED },
    ],
  ]);
  const check = (cells: Partial<typeof GOOD>) => {
    const problems: ImportProblem[] = [];
    const fields = CSV_COLUMNS.map((column) => cells[column] ?? GOOD[column]);
    const { result: line, ms } = timed(() =>
      stagingLine(fields, 2, positions, CSV_COLUMNS.length, indicators, (problem) => problems.push(problem)),
    );
    return { line, problems, ms };
  };
  const DIGITS_AND_A_LETTER = `${'9'.repeat(99_000)}x`;

  it('reports a 99 000-digit value followed by a letter as not a number, in linear time', () => {
    const { line, problems, ms } = check({ value: DIGITS_AND_A_LETTER });
    expect(line).toBeNull();
    expect(problems).toEqual([
      { line: 2, field: 'value', message: `${JSON.stringify('9'.repeat(100))} is not a number.` },
    ]);
    expect(ms).toBeLessThan(FUNCTION_BOUND_MS);
  });

  it('still reads the numbers it read before', () => {
    for (const value of ['3', '-3', '3.', '3.25', '.25', '-.25', '1e2', '1.5E-02', '2.5e+10'])
      expect(check({ value }).problems, value).toEqual([]);
    for (const value of ['3..2', '1e', '1e123', 'e5', '--1', '+1', '0x10', '12,5', '.', '-', '1.2.3'])
      expect(
        check({ value }).problems.map((p) => p.field),
        value,
      ).toEqual(['value']);
  });

  it.each([
    ['numerator', { numerator: DIGITS_AND_A_LETTER }],
    ['denominator', { denominator: DIGITS_AND_A_LETTER }],
    [
      'a value of 99 000 digits, a point, 99 000 digits and a letter',
      { value: `${'9'.repeat(99_000)}.${'9'.repeat(99_000)}x` },
    ],
    ['a value of 99 000 digits and an exponent too long', { value: `${'9'.repeat(99_000)}e123` }],
    ['period_start', { period_start: DIGITS_AND_A_LETTER }],
    ['country', { country: `${'S'.repeat(99_000)}1` }],
    ['evidence_urls of a million spaces and tabs', { evidence_urls: `${repeatedTo(' \t', 1_000_000)}x` }],
    ['a source of 100 000 backslashes and tabs (escaped for COPY)', { source: repeatedTo('\\\t', 100_000) }],
  ])('takes linear time on %s', (_label, cells) => {
    expect(check(cells).ms).toBeLessThan(FUNCTION_BOUND_MS);
  });
});

describe('the other patterns that read input', () => {
  it.each([
    [
      'fromGlobalId, a type name of a million letters and a digit',
      () => fromGlobalId(toGlobalId(`P${'a'.repeat(1_000_000)}1`, 1), 'id'),
    ],
    [
      'fromGlobalId, a key of a million letters and a control character',
      () => fromGlobalId(toGlobalId('Programme', `${'a'.repeat(1_000_000)}\u0001`), 'id'),
    ],
    [
      'isParserLimitMessage, 4 MB of "Parsing aborted.x"',
      () => isParserLimitMessage(repeatedTo('Parsing aborted.x', 4_000_000)),
    ],
    [
      'isDatabaseUnavailable, 4 MB of "Connection terminate"',
      () => isDatabaseUnavailable(new Error(repeatedTo('Connection terminate', 4_000_000))),
    ],
  ])('%s', (_label, run) => {
    const { ms } = timed(() => {
      try {
        run();
      } catch {
        // Refusing is a fine answer; only the time counts.
      }
    });
    expect(ms).toBeLessThan(FUNCTION_BOUND_MS);
  });

  it.each([
    ['a code of a million letters and a "!"', { code: `${'a'.repeat(1_000_000)}!` }],
    ['a website of "http://" and a million letters', { website: `http://${'a'.repeat(1_000_000)}` }],
    ['a website of a million "http://"', { website: repeatedTo('http://', 1_000_000) }],
  ])('validateInput (class-validator) on %s', async (_label, fields) => {
    const input = Object.assign(new ProgrammeInput(), { code: 'HAJ', nameEn: 'Programme', ...fields });
    const { result, ms } = await timedAsync(() =>
      Promise.resolve(validateInput('input')(input, ProgrammeInput, undefined as never)).then(
        () => 'valid',
        () => 'refused',
      ),
    );
    expect(result).toBe('refused');
    expect(ms).toBeLessThan(FUNCTION_BOUND_MS);
  });
});
