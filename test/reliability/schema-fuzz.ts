import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, viewerOfSecret } from '../../src/auth/api-tokens';
import { Role } from '../../src/entities/role.enum';
import { anonymousViewer, type Viewer } from '../../src/auth/viewer';
import { toGlobalId } from '../../src/schema/global-id';
import { cursorAt } from '../../src/schema/page-args';
import { seedDatabase } from '../../src/seed/seed-database';
import { serverSettingsFromEnv } from '../../src/server/server-settings';
import { snapshotDatabase, type DatabaseSnapshot } from '../support/database-snapshot';
import { CLIENT_ERROR_CODES } from '../support/hostile-http';
import { createScratchDatabase, initTestHub, type TestHub } from '../support/test-hub';

/**
 * Schema fuzzing: thousands of operations generated from schema.graphql, with random root fields,
 * hostile argument values and random selections a few levels deep, run in-process with production's
 * settings (so every error message passes through the filter of "Did you mean" hints) against a
 * seeded scratch database. Every answer must be a normal GraphQL response whose errors carry a
 * public code (never INTERNAL_SERVER_ERROR), none may take longer than `SLOWEST_OPERATION_MS`, and
 * the database must be unchanged afterwards.
 *
 * Reproducible: FUZZ_SEED (default below) and FUZZ_OPERATIONS pick the run; the seed is printed.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 0x5eed2026);
const OPERATIONS = Number(process.env.FUZZ_OPERATIONS ?? 3_000);
/**
 * The longest one operation may take (10 000-item lists take several seconds on a loaded machine);
 * the first to take longer, such as one stalled by a regular expression backtracking on a hostile
 * value, fails the run and ends it.
 */
const SLOWEST_OPERATION_MS = 20_000;

// ---------------------------------------------------------------------------------------------
// A small seeded PRNG (mulberry32): the same seed gives the same operations on every machine.

class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0)
      chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return chosen;
  }
}

// ---------------------------------------------------------------------------------------------
// Values: real keys from the seeded database (so reads touch data), and hostile ones.

const ONE_MEGABYTE = 'ä'.repeat(1 << 19);
const HOSTILE_STRINGS = [
  "'; drop table programme; --",
  '" or 1=1 --',
  "' OR '1'='1",
  '1; select pg_sleep(10)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '%',
  '_',
  '%%',
  '\\',
  "'",
  '"',
  '`',
  '$1',
  '?',
  'a\u0000b',
  '\u0000',
  '\uD800',
  '\uDFFF',
  'x\uD800y',
  '\uDBFF\uDFFF',
  '\uFFFE',
  '😀',
  '\u202Eevil',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e308',
  '-1e308',
  '0x10',
  '',
  ' ',
  '\t\r\n',
  'null',
  'undefined',
  'true',
  '__proto__',
  'constructor',
  '{"$ne":null}',
  '../../etc/passwd',
  '%00',
  '%27',
  '${7*7}',
  '{{7*7}}',
  'SE\u0000',
  'x'.repeat(201),
  "x'".repeat(5_000),
  // Shaped to make a backtracking regular expression take seconds: repeated words, runs of one kind of character ended by another.
  'Did you mean '.repeat(30_000),
  `${'9'.repeat(100_000)}x`,
  `${' \t'.repeat(50_000)}x`,
  `${'a-'.repeat(50_000)}!`,
  'Key ('.repeat(20_000),
];
const HOSTILE_NUMBERS = [
  1e308,
  -1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0.5,
  -1,
  -100,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  Number.MAX_SAFE_INTEGER,
];
const HOSTILE_OTHERS: unknown[] = [null, true, false, {}, [], { a: 1 }, [null], [[]], { toString: 'x' }];
const SEARCH_WORDS = [
  'gender',
  'Gender',
  'equal',
  'Stock',
  'kommun',
  'HAJ',
  'SE',
  'a',
  'ö',
  'Sverige',
  'Beograd',
  'SKR',
];
const DATES = [
  '2007-01-01',
  '2010-12-31',
  '2015-06-15',
  '2020-02-29',
  '2024-12-31',
  '1900-01-01',
  '0001-01-01',
  '9999-12-31',
  '0000-01-01',
  '2023-02-29',
  '2020-13-01',
  '20-01-01',
  '2020-01-01T00:00:00Z',
  '+12020-01-01',
];
const COUNTRY_CODES = ['SE', 'RS', 'NO', 'BA', 'FR', 'XX', 'se', 'SWE', 'S', ''];
const PAGE_SIZES = [0, 1, 2, 5, 20, 50, 99, 100, 101, -1, -100, 1_000, 2_147_483_647, -2_147_483_648];
const YEARS = [2007, 2010, 2015, 2020, 1899, 0, -1, 99_999, 2_147_483_647];

/** What the seeded database holds, for arguments that name real rows. */
interface RealKeys {
  codes: Record<string, string[]>;
  sourceKeys: string[];
  municipalityCodes: string[];
  ids: string[];
  typeNames: string[];
}

const CODE_TABLES: Record<string, string> = {
  programme: 'programme',
  indicator: 'indicator',
  initiative: 'initiative',
  organisation: 'organisation',
  activity: 'activity',
  goodPractice: 'good_practice',
  network: 'network',
  policyDocument: 'policy_document',
  theme: 'theme',
  workingGroup: 'working_group',
};
const NODE_TABLES: Record<string, string> = {
  Activity: 'activity',
  CharterSignature: 'charter_signature',
  GoodPractice: 'good_practice',
  Indicator: 'indicator',
  Initiative: 'initiative',
  Municipality: 'municipality',
  Network: 'network',
  Observation: 'observation',
  Organisation: 'organisation',
  PolicyDocument: 'policy_document',
  Programme: 'programme',
  ProgrammeComponent: 'programme_component',
  Source: 'source',
  Theme: 'theme',
  WorkingGroup: 'working_group',
  WorkingGroupMember: 'working_group_member',
};

async function readRealKeys(hub: TestHub): Promise<RealKeys> {
  const connection = hub.orm.em.getConnection();
  const column = async (sql: string): Promise<string[]> =>
    (await connection.execute<{ v: string | number }[]>(sql)).map((row) => String(row.v));
  const codes: Record<string, string[]> = {};
  for (const [field, table] of Object.entries(CODE_TABLES))
    codes[field] = await column(`select code as v from "${table}" order by id limit 50`);
  const ids: string[] = [];
  for (const [typeName, table] of Object.entries(NODE_TABLES)) {
    for (const id of await column(`select id as v from "${table}" order by id limit 20`))
      ids.push(toGlobalId(typeName, id));
  }
  for (const code of await column(`select code as v from country`)) ids.push(toGlobalId('Country', code));
  return {
    codes,
    sourceKeys: await column(`select key as v from source order by id limit 50`),
    municipalityCodes: await column(`select code as v from municipality where code is not null order by id limit 50`),
    ids,
    typeNames: [...Object.keys(NODE_TABLES), 'Country'],
  };
}

/** Picks a value for an argument or input field: usually one of its type, sometimes anything at all. */
class ValueMaker {
  /** How many 1 MB strings were sent. */
  megabytes = 0;

  constructor(
    private readonly random: Random,
    private readonly keys: RealKeys,
  ) {}

  hostile(): unknown {
    const r = this.random.next();
    if (r < 0.03) {
      this.megabytes += 1;
      return ONE_MEGABYTE;
    }
    if (r < 0.6) return this.random.pick(HOSTILE_STRINGS);
    if (r < 0.85) return this.random.pick(HOSTILE_NUMBERS);
    return this.random.pick(HOSTILE_OTHERS);
  }

  /** `hint` is `field.argument` at the root, or the argument or input field's name below it. */
  make(type: GraphQLInputType, hint: string): unknown {
    if (this.random.chance(0.06)) return this.hostile();
    if (isNonNullType(type)) return this.make(type.ofType, hint);
    if (isListType(type)) {
      if (this.random.chance(0.03)) return Array.from({ length: 10_000 }, () => this.make(type.ofType, hint));
      return Array.from({ length: this.random.int(0, 4) }, () => this.make(type.ofType, hint));
    }
    if (isEnumType(type)) {
      if (this.random.chance(0.1))
        return this.random.pick(['VILLAGE', 'asc', 'approved', '', 'DROP_TABLE', 'APPROVED ']);
      return this.random.pick(type.getValues()).name;
    }
    if (isInputObjectType(type)) {
      const value: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        if (
          isNonNullType(field.type) && field.defaultValue === undefined
            ? this.random.chance(0.97)
            : this.random.chance(0.4)
        ) {
          value[field.name] = this.make(field.type, field.name);
        }
      }
      if (this.random.chance(0.03))
        value[this.random.pick(['where', 'sql', 'nope', '__proto__x'])] = this.random.pick(HOSTILE_STRINGS);
      return value;
    }
    return this.scalar(type.name, hint);
  }

  private scalar(typeName: string, hint: string): unknown {
    const name = hint.includes('.') ? hint.slice(hint.indexOf('.') + 1) : hint;
    const root = hint.includes('.') ? hint.slice(0, hint.indexOf('.')) : '';
    switch (typeName) {
      case 'Int':
        if (name === 'first' || name === 'last')
          return this.random.chance(0.7) ? this.random.pick([1, 2, 5, 20, 100]) : this.random.pick(PAGE_SIZES);
        if (name === 'activeInYear') return this.random.pick(YEARS);
        return this.random.pick(PAGE_SIZES);
      case 'Float':
        return this.random.pick([0, 1.5, -1.5, 1e308, -1e308]);
      case 'Boolean':
        return this.random.chance(0.5);
      case 'CountryCode':
        return this.random.chance(0.8) ? this.random.pick(['SE', 'RS', 'NO']) : this.random.pick(COUNTRY_CODES);
      case 'LocalDate':
        return this.random.pick(DATES);
      case 'ID':
        return this.id();
      default:
        return this.text(root, name);
    }
  }

  private id(): string {
    const r = this.random.next();
    if (r < 0.7) return this.random.pick(this.keys.ids);
    if (r < 0.8)
      return toGlobalId(
        this.random.pick(this.keys.typeNames),
        this.random.pick(['0', '-1', '999999999', '2147483648', '9'.repeat(30), '1.5', 'abc', "1' or '1'='1"]),
      );
    if (r < 0.9)
      return this.random.pick([
        '',
        'not-an-id!',
        Buffer.from('junk').toString('base64'),
        'A'.repeat(10_000),
        toGlobalId('Spaceship', 1),
      ]);
    return this.random.pick(HOSTILE_STRINGS);
  }

  private text(root: string, name: string): string {
    if (this.random.chance(0.1)) return this.random.pick(HOSTILE_STRINGS);
    if (name === 'after' || name === 'before')
      return this.random.chance(0.8)
        ? cursorAt(this.random.int(0, 30))
        : this.random.pick(['', 'garbage', cursorAt(-1), cursorAt(2 ** 40)]);
    if (name === 'search') return this.random.pick(SEARCH_WORDS);
    if (name === 'key') return this.random.pick(this.keys.sourceKeys);
    if (root === 'municipality' && name === 'code') return this.random.pick(this.keys.municipalityCodes);
    if (name === 'code' && this.keys.codes[root]) return this.random.pick(this.keys.codes[root]);
    const byField: Record<string, string[]> = {
      programme: this.keys.codes.programme,
      funder: this.keys.codes.organisation,
      provider: this.keys.codes.organisation,
      organisation: this.keys.codes.organisation,
      theme: this.keys.codes.theme,
      indicator: this.keys.codes.indicator,
    };
    if (byField[name]?.length) return this.random.pick(byField[name]);
    return this.random.pick([...SEARCH_WORDS, ...HOSTILE_STRINGS]);
  }
}

// ---------------------------------------------------------------------------------------------
// Operations: a random root field or two, their arguments as variables or literals, a random selection.

interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

function itemType(type: GraphQLInputType | undefined): GraphQLInputType | undefined {
  const nullable = type && isNonNullType(type) ? type.ofType : type;
  return nullable && isListType(nullable) ? nullable.ofType : undefined;
}

/** A GraphQL literal for `value`, as a client might write it (wrong types included). */
function literal(value: unknown, type: GraphQLInputType | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') {
    const named = type ? getNamedType(type) : undefined;
    if (
      named &&
      isEnumType(named) &&
      /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) &&
      !['true', 'false', 'null'].includes(value)
    )
      return value;
    return JSON.stringify(value);
  }
  // NaN and Infinity come out as names, as a careless client would write them.
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, itemType(type))).join(', ')}]`;
  const named = type ? getNamedType(type) : undefined;
  const fields = named && isInputObjectType(named) ? named.getFields() : {};
  const entries = Object.entries(value as Record<string, unknown>).filter(([key]) =>
    /^[_A-Za-z][_0-9A-Za-z]*$/.test(key),
  );
  return `{ ${entries.map(([key, item]) => `${key}: ${literal(item, fields[key]?.type)}`).join(', ')} }`;
}

class OperationMaker {
  private variables: Record<string, unknown> = {};
  private declarations: string[] = [];
  private inline = false;

  constructor(
    private readonly random: Random,
    private readonly schema: GraphQLSchema,
    private readonly values: ValueMaker,
  ) {}

  make(index: number): Operation {
    this.variables = {};
    this.declarations = [];
    this.inline = this.random.chance(0.25);
    const query = this.schema.getQueryType()!;
    const roots = this.random.sample(Object.values(query.getFields()), this.random.chance(0.8) ? 1 : 2);
    const maxDepth = this.random.int(1, 4);
    const selections = roots.map((field, n) => `r${n}: ${this.field(field, field.name, maxDepth)}`);
    const declared = this.declarations.length ? `(${this.declarations.join(', ')})` : '';
    return { query: `query Fuzz${index}${declared} { ${selections.join(' ')} }`, variables: this.variables };
  }

  private arguments_(field: GraphQLField<unknown, unknown>, rootName: string): string {
    const parts: string[] = [];
    for (const argument of field.args) {
      const required = isNonNullType(argument.type) && argument.defaultValue === undefined;
      if (!(required ? this.random.chance(0.98) : this.random.chance(0.35))) continue;
      const hint = rootName ? `${rootName}.${argument.name}` : argument.name;
      parts.push(`${argument.name}: ${this.argumentValue(argument, hint)}`);
    }
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  private argumentValue(argument: GraphQLArgument, hint: string): string {
    const value = this.values.make(argument.type, hint);
    if (this.inline) return literal(value, argument.type);
    const name = `v${this.declarations.length}`;
    let declaredType = String(argument.type);
    // Now and then a client declares the wrong type, or drops the `!`.
    if (this.random.chance(0.02))
      declaredType = this.random.pick(['String', 'Int', 'ID!', 'Boolean', '[String]', declaredType.replace(/!$/, '')]);
    this.declarations.push(`$${name}: ${declaredType}`);
    if (value !== undefined) this.variables[name] = value;
    return `$${name}`;
  }

  private field(field: GraphQLField<unknown, unknown>, rootName: string, depth: number): string {
    const named = getNamedType(field.type);
    const head = `${field.name}${this.arguments_(field, rootName)}`;
    if (isLeafType(named)) return head;
    return `${head} { ${depth <= 1 ? this.leaves(named as GraphQLCompositeType) : this.selection(named as GraphQLCompositeType, depth - 1)} }`;
  }

  /** Only leaf fields: the bottom of the selection. */
  private leaves(type: GraphQLCompositeType): string {
    if (isUnionType(type)) return '__typename';
    const leaves = Object.values(type.getFields()).filter(
      (field) => isLeafType(getNamedType(field.type)) && field.args.every((a) => !isNonNullType(a.type)),
    );
    return leaves.length
      ? this.random
          .sample(leaves, this.random.int(1, 3))
          .map((field) => field.name)
          .join(' ')
      : '__typename';
  }

  private selection(type: GraphQLCompositeType, depth: number): string {
    if (isUnionType(type) || isInterfaceType(type)) {
      const parts = [isInterfaceType(type) && this.random.chance(0.7) ? 'id' : '__typename'];
      const possible = this.schema.getPossibleTypes(type);
      for (const member of this.random.sample(possible, this.random.int(0, 2)))
        parts.push(`... on ${member.name} { ${this.selection(member, depth)} }`);
      return parts.join(' ');
    }
    const fields = this.random.sample(Object.values(type.getFields()), this.random.int(1, 4));
    const parts = fields.map((field) => this.field(field, '', depth));
    if (this.random.chance(0.05)) parts.push('__typename');
    return parts.join(' ');
  }
}

// ---------------------------------------------------------------------------------------------

/** Whether a root field's answer holds at least one row: an object, a non-empty list or page. */
function holdsRows(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.length > 0;
  const page = value as { totalCount?: number; nodes?: unknown[]; edges?: unknown[] };
  if (page.nodes) return page.nodes.length > 0;
  if (page.edges) return page.edges.length > 0;
  if (page.totalCount !== undefined) return page.totalCount > 0;
  return true;
}

function shorten(value: unknown): string {
  const text =
    JSON.stringify(value, (_key, item: unknown) =>
      typeof item === 'number' && !Number.isFinite(item)
        ? String(item)
        : typeof item === 'string' && item.length > 120
          ? `${item.slice(0, 40)}…(${item.length} chars)`
          : item,
    ) ?? 'undefined';
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

describe(`schema fuzz (seed ${SEED}, ${OPERATIONS} operations)`, () => {
  let hub: TestHub;
  let database: { url: string; drop: () => Promise<void> };
  let viewers: Viewer[];
  let keys: RealKeys;
  let before: DatabaseSnapshot;

  beforeAll(async () => {
    database = await createScratchDatabase();
    hub = await initTestHub(database.url, serverSettingsFromEnv({ ...process.env, NODE_ENV: 'production' }));
    await seedDatabase(hub.orm.em.fork());
    const em = hub.orm.em.fork();
    const [organisation] = await em
      .getConnection()
      .execute<{ id: number }[]>(`select id from organisation order by id limit 1`);
    const [municipality] = await em
      .getConnection()
      .execute<{ id: number }[]>(`select id from municipality order by id limit 1`);
    const tokenViewer = async (role: Role, scope: { organisationIds?: number[]; municipalityIds?: number[] }) =>
      (await viewerOfSecret(em, (await createApiToken(em, { name: `fuzz ${role}`, role, ...scope })).secret))!;
    // Several clients, each with its own rate budget, as on a real server.
    viewers = [
      ...Array.from({ length: 8 }, (_, n) => anonymousViewer(`fuzz-client-${n}`)),
      await tokenViewer(Role.ADMIN, {}),
      await tokenViewer(Role.VIEWER, { organisationIds: [organisation.id] }),
      await tokenViewer(Role.REPORTER, { municipalityIds: [municipality.id] }),
    ];
    keys = await readRealKeys(hub);
    before = await snapshotDatabase(database.url);
  });
  afterAll(async () => {
    await hub?.close();
    await database?.drop();
  });

  it(
    'answers every generated operation with data or a public error code, and writes nothing',
    { timeout: 240_000 },
    async () => {
      const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
      const random = new Random(SEED);
      const values = new ValueMaker(random, keys);
      const maker = new OperationMaker(random, schema, values);
      const outcomes = new Map<string, number>();
      const errorCodes = new Map<string, number>();
      const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
      const failures: {
        index: number;
        problem: string;
        signature: string;
        query: string;
        variables: string;
        viewer: string;
      }[] = [];
      let statements = 0;
      let withRows = 0;
      const slowest: { ms: number; index: number; query: string; variables: string }[] = [];
      const started = performance.now();
      console.log(`schema-fuzz: seed ${SEED} (FUZZ_SEED=${SEED} FUZZ_OPERATIONS=${OPERATIONS} to repeat)`);

      for (let index = 0; index < OPERATIONS; index += 1) {
        const operation = maker.make(index);
        const viewer = random.pick(viewers);
        const fail = (problem: string, signature = problem) =>
          failures.push({
            index,
            problem,
            signature,
            query: operation.query.slice(0, 1_000),
            variables: shorten(operation.variables),
            viewer: viewer.key,
          });
        let result: Awaited<ReturnType<TestHub['query']>>;
        const operationStarted = performance.now();
        try {
          result = await hub.query(operation.query, operation.variables, viewer);
        } catch (error) {
          count(outcomes, 'thrown');
          fail(`threw ${error instanceof Error ? error.stack : String(error)}`);
          continue;
        }
        const ms = Math.round(performance.now() - operationStarted);
        if (slowest.length < 5 || ms > slowest[4].ms) {
          slowest.push({
            ms,
            index,
            query: operation.query.slice(0, 200),
            variables: shorten(operation.variables).slice(0, 200),
          });
          slowest.sort((a, b) => b.ms - a.ms).splice(5);
        }
        if (ms > SLOWEST_OPERATION_MS) {
          fail(`took ${ms} ms, more than ${SLOWEST_OPERATION_MS} ms`, 'took too long');
          break;
        }
        statements += result.statements;
        const errors = result.errors ?? [];
        if (errors.length === 0 && (result.data === null || result.data === undefined)) fail('neither data nor errors');
        for (const error of errors) {
          const code = String(error.extensions?.code);
          count(errorCodes, code);
          if (!(CLIENT_ERROR_CODES as readonly string[]).includes(code)) {
            // Name the failing field by what it is, not by its alias, so failures group by cause.
            const root =
              error.path?.[0] === undefined
                ? undefined
                : new RegExp(`${String(error.path[0])}: (\\w+)`).exec(operation.query)?.[1];
            const where = error.path ? [root ?? error.path[0], ...error.path.slice(1)].join('.') : 'the operation';
            fail(`${code} at ${JSON.stringify(error.path)}: ${error.message.slice(0, 200)}`, `${code} in ${where}`);
          }
        }
        if (errors.length === 0) count(outcomes, 'data');
        else if (result.data && Object.values(result.data).some((value) => value !== null))
          count(outcomes, `partial data + ${String(errors[0].extensions?.code)}`);
        else count(outcomes, String(errors[0].extensions?.code));
        if (result.data && Object.values(result.data).some(holdsRows)) withRows += 1;
      }

      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const table = (map: Map<string, number>) =>
        [...map]
          .sort((a, b) => b[1] - a[1])
          .map(([key, n]) => `  ${key}: ${n}`)
          .join('\n');
      console.log(
        `schema-fuzz: ${OPERATIONS} operations in ${seconds} s, ${statements} SQL statements, ${withRows} answers with rows, ${values.megabytes} 1 MB strings sent\n` +
          `outcome of each operation:\n${table(outcomes)}\nerrors by code (all errors):\n${table(errorCodes)}\n` +
          `slowest operations:\n${slowest.map((s) => `  ${s.ms} ms #${s.index} ${s.query} | ${s.variables}`).join('\n')}`,
      );
      if (failures.length) {
        const byProblem = new Map<string, number>();
        for (const failure of failures) count(byProblem, failure.signature.slice(0, 160));
        console.log(
          `schema-fuzz: ${failures.length} failures\n${table(byProblem)}\nfirst failures:\n${failures
            .slice(0, 15)
            .map((f) => JSON.stringify(f))
            .join('\n')}`,
        );
      }

      expect(
        failures.map((f) => `#${f.index} ${f.problem} | ${f.query.slice(0, 200)} | ${f.variables.slice(0, 200)}`),
      ).toEqual([]);
      expect(withRows, 'reads touched data').toBeGreaterThan(OPERATIONS / 10);
    },
  );

  it('left the database exactly as it was', async () => {
    expect(await snapshotDatabase(database.url)).toEqual(before);
  });
});
