import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/auth/api-tokens';
import { Role } from '../../src/entities/role.enum';
import type { Viewer } from '../../src/auth/viewer';
import { toGlobalId } from '../../src/schema/global-id';
import type { RecordReference, RecordSpec } from '../../src/writes/record-spec';
import type { ReferencedType } from '../../src/writes/reference-scope';
import { buildAccessWorld, type Caller } from '../support/access-fixture';
import { expectAnsweredAsClientError, operation, refused, send } from '../support/hostile-http';
import { initScratchHub, type OperationResult, type TestHub } from '../support/test-hub';
import type { LinkSetSpec } from '../../src/writes/link-set-spec';
import { linkSetSpecs, writeSpecs } from '../support/write-specs';

/**
 * Reference takeovers, over real HTTP: for every record type an EDITOR writes (every
 * `src/writes/*.writes.ts` with editors; ADMIN-only types are refused by role before any reference is
 * read) and every reference field its input has, the EDITOR tries to point the field at a record
 * outside its scope (creating, and updating a record of its own) and to point it away from one
 * (updating a record that names one); each must be refused and write nothing, by the reference
 * check itself (FORBIDDEN naming exactly that field) unless `REFUSED_EARLIER` names the check that
 * refuses it first. The fields are read from the specs at run time, so a new reference field fails
 * the count until it is listed in `CHECKED_BY_SCOPE` or `REFUSED_EARLIER`; a new referenced type
 * needs its records in `RECORDS` (the compiler asks for them), a new record type its other fields
 * in `FIELDS`. The link sets (every `src/writes/*.links.ts`) are tried the same way: a link added
 * to a record outside, and one removed from it, refused naming the link's field; a set of a record
 * only ADMIN writes (an indicator's framework elements, a network's members) is refused by role.
 */

/** A check that refuses an input before the reference check sees it, and why. */
interface EarlierRefusal {
  code: 'FORBIDDEN' | 'BAD_USER_INPUT';
  why: string;
}

/**
 * The reference fields of types an EDITOR writes whose outside record another check refuses first:
 * these cases do not exercise the reference check, and are left out of its count.
 */
const REFUSED_EARLIER: Record<string, EarlierRefusal> = {
  'Activity.programme': {
    code: 'BAD_USER_INPUT',
    why: "its component belongs to the EDITOR's programme, not to the one named",
  },
  'Activity.component': { code: 'BAD_USER_INPUT', why: "a component of another programme than the activity's" },
  'Activity.source': {
    code: 'BAD_USER_INPUT',
    why: 'every source it reads is in scope: the outside one is one it cannot read, so unknown',
  },
  'Initiative.programme': {
    code: 'BAD_USER_INPUT',
    why: "its component belongs to the EDITOR's programme, not to the one named",
  },
  'Initiative.component': { code: 'BAD_USER_INPUT', why: "a component of another programme than the initiative's" },
  'ProgrammeComponent.programme': {
    code: 'FORBIDDEN',
    why: "the component itself would lie outside the EDITOR's programmes",
  },
  'WorkingGroup.programme': { code: 'FORBIDDEN', why: "the group itself would lie outside the EDITOR's programmes" },
  'ProgrammeBudget.programme': {
    code: 'FORBIDDEN',
    why: "the budget itself would lie outside the EDITOR's programmes",
  },
  'ProgrammeBudget.source': {
    code: 'BAD_USER_INPUT',
    why: 'every source it reads is in scope: the outside one is one it cannot read, so unknown',
  },
  'Disbursement.programme': {
    code: 'BAD_USER_INPUT',
    why: "its provider funds the EDITOR's programme, not the one named",
  },
  'Disbursement.source': {
    code: 'BAD_USER_INPUT',
    why: 'every source it reads is in scope: the outside one is one it cannot read, so unknown',
  },
  'WorkingGroup.source': {
    code: 'BAD_USER_INPUT',
    why: 'every source it reads is in scope: the outside one is one it cannot read, so unknown',
  },
  'WorkingGroupMember.workingGroup': {
    code: 'FORBIDDEN',
    why: "the member itself would lie outside the EDITOR's programmes",
  },
};

/**
 * Reference fields that name a record without giving the caller anything over it (`grantsNothing`:
 * a disbursement's provider and receiver name organisations that paid or were paid): any record the
 * caller reads may be named, so naming one outside its scope takes nothing over. Left out of the
 * takeover cases; the specs must say exactly these.
 */
const NAMES_ANY_READABLE = ['Disbursement.provider', 'Disbursement.receiver'];

/**
 * The cases of those fields, each refused by the reference check: a create (where an EDITOR
 * creates), an update moving the field outside and one moving it back inside; 3 each, 2 for the
 * programme's two fields (an EDITOR creates no programme).
 */
const CASES_CHECKED_BY_SCOPE = 6 * 3 + 2 * 2;

/** The reference fields whose every case the reference check itself refuses. */
const CHECKED_BY_SCOPE = [
  'Activity.provider',
  'Initiative.leadMunicipality',
  'Initiative.leadOrganisation',
  'Programme.parent',
  'Programme.successor',
  'WorkingGroup.organisation',
  'WorkingGroupMember.municipality',
  'WorkingGroupMember.organisation',
];

/**
 * The link sets (`setProgrammeFunders`, ...), by `Owner.field`: the GraphQL type of their items,
 * and an item's fields other than its records (null: the set is a list of ids or codes). A new
 * set fails the count until it is listed here.
 */
const LINK_ITEMS: Record<string, { type: string; fields: Record<string, unknown> | null }> = {
  'Programme.funders': { type: 'ProgrammeFunderInput', fields: { amount: 1, currency: 'EUR' } },
  'Programme.implementers': { type: 'ProgrammeImplementerInput', fields: { role: 'PARTNER' } },
  'Programme.countries': { type: 'String', fields: null },
  'Programme.themes': { type: 'ID', fields: null },
  'Programme.sources': { type: 'ID', fields: null },
  'Programme.participants': { type: 'ProgrammeParticipantInput', fields: { grantAmount: 2, grantCurrency: 'EUR' } },
  'Initiative.municipalities': { type: 'ID', fields: null },
  'Initiative.themes': { type: 'ID', fields: null },
  'Indicator.frameworkElements': { type: 'IndicatorFrameworkElementInput', fields: { rationale: 'Measures it.' } },
  'Network.members': { type: 'NetworkMemberInput', fields: { fromYear: 2020, toYear: 2024 } },
};

/**
 * The link fields whose outside record the scope check refuses: adding a link to it, and (for an
 * organisation) removing one. The others name shared reference data, where outside is unknown.
 */
const LINKS_CHECKED_BY_SCOPE = [
  'Initiative.municipalities[].municipality',
  'Programme.funders[].organisation',
  'Programme.implementers[].organisation',
  'Programme.participants[].municipality',
];

/** For each type an input may name: a record in the EDITOR's scope (the `n`th where one each is needed) and one outside it. */
type ScopeRecords = { inside: (n: number) => string; outside: string };

/** The input fields other than references of each record type, unique for `n`. */
const FIELDS: Record<string, (n: number) => Record<string, unknown>> = {
  Activity: (n) => ({ code: `ACT-${n}`, kind: 'TRAINING_COURSE', nameEn: `Activity ${n}` }),
  CharterSignature: () => ({}),
  Framework: (n) => ({ code: `FW-${n}`, nameEn: `Framework ${n}` }),
  FrameworkElement: (n) => ({ code: `E-${n}`, position: n, nameEn: `Element ${n}` }),
  GoodPractice: (n) => ({ code: `GP-${n}`, titleEn: `Practice ${n}` }),
  Indicator: (n) => ({
    code: `IND-${n}`,
    nameEn: `Indicator ${n}`,
    unit: 'COUNT',
    level: 'OUTPUT',
    direction: 'NEUTRAL',
    aggregation: 'SUM',
    computation: 'REPORTED',
  }),
  Initiative: (n) => ({ code: `INI-${n}`, nameEn: `Initiative ${n}` }),
  Network: (n) => ({ code: `NET-${n}`, nameEn: `Network ${n}` }),
  Municipality: (n) => ({ code: `9${String(n).padStart(3, '0')}`, nameLocal: `Town ${n}`, kind: 'MUNICIPALITY' }),
  Organisation: (n) => ({ code: `ORG-${n}`, nameEn: `Organisation ${n}`, kind: 'NGO' }),
  PolicyDocument: (n) => ({ code: `POL-${n}`, titleEn: `Policy ${n}`, kind: 'LAW', status: 'PROPOSED' }),
  Programme: (n) => ({ code: `PRG-${n}`, nameEn: `Programme ${n}` }),
  Source: (n) => ({ key: `src-${n}`, title: `Source ${n}`, kind: 'REPORT' }),
  ProgrammeComponent: (n) => ({ position: 100 + n, nameEn: `Component ${n}` }),
  ProgrammeBudget: (n) => ({
    periodStart: `${2000 + (n % 50)}-01-01`,
    periodEnd: `${2000 + (n % 50)}-12-31`,
    type: 'ORIGINAL',
    status: 'INDICATIVE',
    amount: 1000 + n,
    currency: 'EUR',
  }),
  Disbursement: (n) => ({ disbursedOn: `${2000 + (n % 50)}-06-30`, amount: 100 + n, currency: 'EUR' }),
  WorkingGroup: (n) => ({ code: `WG-${n}`, nameEn: `Group ${n}` }),
  WorkingGroupMember: (n) => ({ name: `Member ${n}`, role: 'MANAGER' }),
};

/** How many records of a type the run makes at most: the in-scope municipalities it needs, one each. */
const RUN_SIZE = 200;

const operations = (type: string) => ({
  create: `mutation ($input: ${type}Input!) { create${type}(input: $input) { id version } }`,
  update: `mutation ($id: ID!, $version: Int!, $input: ${type}Input!) { update${type}(id: $id, version: $version, input: $input) { id version } }`,
});

describe('hostile references over HTTP: an EDITOR points no reference of any writable type at, or away from, a record outside its scope', () => {
  let hub: TestHub;
  let url: string;
  let viewers: Record<Caller, Viewer>;
  let editorSecret: string;
  let specs: RecordSpec<Record<string, unknown>>[];
  let RECORDS: Record<ReferencedType, ScopeRecords>;
  let serial = 0;
  const rows = async <T>(query: string, params: unknown[] = []) => hub.orm.em.fork().execute<T[]>(query, params);
  const auditCount = async () => (await rows<{ n: number }>('select count(*)::int as n from audit_event'))[0].n;
  const keyOf = (id: string) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]);

  /** Runs an operation as ADMIN, in-process: the setting the EDITOR then acts in. */
  const asAdmin = (query: string, variables: Record<string, unknown>): Promise<OperationResult> =>
    hub.query(query, variables, viewers.admin);
  /** The input of a record of `spec` with every reference in the EDITOR's scope, and `field` (if given) set to `value`. */
  const inputOf = (spec: RecordSpec<Record<string, unknown>>, n: number, field?: string, value?: string) => {
    const input: Record<string, unknown> = { ...FIELDS[spec.typeName](n) };
    for (const [name, reference] of Object.entries(spec.references) as [string, RecordReference][])
      input[name] = RECORDS[reference.typeName].inside(n);
    if (field) input[field] = value;
    return input;
  };
  /** Creates a record of `spec` as ADMIN and makes it the EDITOR's to write where its type needs more than its input; null when ADMIN may not make it either. */
  const adminRecord = async (spec: RecordSpec<Record<string, unknown>>, input: Record<string, unknown>) => {
    const result = await asAdmin(operations(spec.typeName).create, { input });
    if (result.errors) return null;
    const { id, version } = Object.values(result.data!)[0] as { id: string; version: number };
    if (spec.typeName === 'Programme') {
      await rows(
        `insert into programme_implementer (programme_id, organisation_id, role) select ?, id, 'LEAD' from organisation where code = 'IMPLEMENTER'`,
        [keyOf(id)],
      );
    }
    return { id, version };
  };
  /** Sends an operation as the EDITOR over HTTP. */
  const asEditor = (query: string, variables: Record<string, unknown>) =>
    send(url, operation(query, variables, { authorization: `Bearer ${editorSecret}` }));
  /**
   * Sends an operation as the EDITOR and expects it refused with nothing written: by the reference
   * check (FORBIDDEN naming only `input.<field>`), unless `earlier` says which check refuses it
   * first. Answers what was wrong, or null.
   */
  const refusal = async (
    name: string,
    field: string,
    earlier: EarlierRefusal | undefined,
    query: string,
    variables: Record<string, unknown>,
  ) => {
    const before = await auditCount();
    const response = await asEditor(query, variables);
    expectAnsweredAsClientError(name, response, refused());
    expect(await auditCount(), `${name}: nothing written`).toBe(before);
    const extensions = response.body?.errors?.[0]?.extensions ?? {};
    const fields = extensions.fields as { path: string }[] | undefined;
    const shown = `${String(extensions.code)} ${JSON.stringify(fields?.map((problem) => problem.path) ?? null)}`;
    if (earlier)
      return extensions.code === earlier.code ? null : `${name}: ${shown}, not ${earlier.code} (${earlier.why})`;
    const named = extensions.code === 'FORBIDDEN' && fields?.length === 1 && fields[0].path === `input.${field}`;
    return named ? null : `${name}: ${shown}, not FORBIDDEN naming input.${field}`;
  };

  beforeAll(async () => {
    hub = await initScratchHub();
    url = await hub.listen();
    viewers = await buildAccessWorld(hub.orm.em.fork());
    specs = await writeSpecs();
    const [implementer] = await rows<{ id: number }>(`select id from organisation where code = 'IMPLEMENTER'`);
    editorSecret = (
      await createApiToken(hub.orm.em.fork(), {
        name: 'hostile editor',
        role: Role.EDITOR,
        organisationIds: [implementer.id],
      })
    ).secret;

    const id = async (type: string, table: string, where: string) =>
      toGlobalId(type, (await rows<{ id: number }>(`select id from ${table} where ${where}`))[0].id);
    const [privateProgramme, publicProgramme] = [
      await id('Programme', 'programme', `code = 'PRIVATE'`),
      await id('Programme', 'programme', `code = 'PUBLIC'`),
    ];
    const created = async (type: string, input: Record<string, unknown>) =>
      ((await asAdmin(operations(type).create, { input })).data![`create${type}`] as { id: string }).id;
    // The municipalities of the EDITOR's programme (one each for records a municipality has once) and the source everyone reads.
    await rows(
      `insert into municipality (country_code, code, name_local, kind) select 'SE', 'P' || n, 'Participant ' || n, 'MUNICIPALITY' from generate_series(0, ${RUN_SIZE}) n`,
    );
    await rows(
      `insert into programme_participant (programme_id, municipality_id) select ?, id from municipality where name_local like 'Participant %'`,
      [keyOf(privateProgramme)],
    );
    const participants = (
      await rows<{ id: number }>(`select id from municipality where name_local like 'Participant %' order by id`)
    ).map((row) => toGlobalId('Municipality', row.id));
    // The EDITOR's organisation also funds its programme, so it may be named as a disbursement's provider.
    await rows(`insert into programme_funder (programme_id, organisation_id) values (?, ?)`, [
      keyOf(privateProgramme),
      implementer.id,
    ]);
    await rows(`insert into source (key, title, kind) values ('hostile', 'A report', 'REPORT')`);
    const source = await id('Source', 'source', `key = 'hostile'`);
    await rows(`insert into theme (code, name_en) values ('HOSTILE', 'A theme')`);
    const theme = await id('Theme', 'theme', `code = 'HOSTILE'`);
    const [componentInside, componentOutside, groupInside] = [
      await created('ProgrammeComponent', { programme: privateProgramme, position: 1, nameEn: 'Inside' }),
      await created('ProgrammeComponent', { programme: publicProgramme, position: 1, nameEn: 'Outside' }),
      await created('WorkingGroup', {
        code: 'WG-INSIDE',
        nameEn: 'Inside',
        organisation: toGlobalId('Organisation', implementer.id),
        programme: privateProgramme,
      }),
    ];
    await rows(`insert into framework (code, name_en) values ('HOSTILE', 'A framework')`);
    const framework = await id('Framework', 'framework', `code = 'HOSTILE'`);
    await rows(
      `insert into framework_element (framework_id, code, position, name_en) select id, 'E', 1, 'An element' from framework where code = 'HOSTILE'`,
    );
    const element = await id('FrameworkElement', 'framework_element', `code = 'E'`);
    RECORDS = {
      Programme: { inside: () => privateProgramme, outside: publicProgramme },
      ProgrammeComponent: { inside: () => componentInside, outside: componentOutside },
      WorkingGroup: { inside: () => groupInside, outside: await id('WorkingGroup', 'working_group', `code = 'GROUP'`) },
      Organisation: {
        inside: () => toGlobalId('Organisation', implementer.id),
        outside: await id('Organisation', 'organisation', `code = 'OTHER'`),
      },
      Municipality: {
        inside: (n) => participants[n],
        outside: await id('Municipality', 'municipality', `name_local = 'Elsewhere'`),
      },
      // Shared reference data, open to every caller that reads it: outside is one it cannot read.
      Source: { inside: () => source, outside: toGlobalId('Source', 999_999) },
      Theme: { inside: () => theme, outside: toGlobalId('Theme', 999_999) },
      Framework: { inside: () => framework, outside: toGlobalId('Framework', 999_999) },
      FrameworkElement: { inside: () => element, outside: toGlobalId('FrameworkElement', 999_999) },
      Country: { inside: () => 'SE', outside: 'NO' },
    };
  });
  afterAll(() => hub.close());

  it("finds the writable types and their reference fields, and writes each type's in-scope input as the EDITOR where it may", async () => {
    expect(specs.map((spec) => spec.typeName).sort()).toEqual(Object.keys(FIELDS).sort());
    for (const spec of specs) {
      const actions = spec.editors?.actions ?? [];
      if (actions.includes('CREATE')) {
        const result = await asEditor(operations(spec.typeName).create, { input: inputOf(spec, ++serial) });
        expect(result.body?.errors, `${spec.typeName}: the EDITOR creates one in its scope`).toBeUndefined();
      }
      if (actions.includes('UPDATE')) {
        const n = ++serial;
        const record = (await adminRecord(spec, inputOf(spec, n)))!;
        const result = await asEditor(operations(spec.typeName).update, {
          id: record.id,
          version: record.version,
          input: inputOf(spec, n),
        });
        expect(result.body?.errors, `${spec.typeName}: the EDITOR updates one in its scope`).toBeUndefined();
      }
    }
  });

  it("refuses, for every type an EDITOR writes and each reference field, pointing it at a record outside the EDITOR's scope or away from one", async () => {
    const checked = new Set<string>();
    const namesAnyReadable: string[] = [];
    const wrong: string[] = [];
    let cases = 0;
    // ADMIN-only types are refused by role before any reference is read: they are left out.
    for (const spec of specs.filter((candidate) => candidate.editors)) {
      const { create, update } = operations(spec.typeName);
      for (const [field, reference] of Object.entries(spec.references) as [string, RecordReference][]) {
        const outside = RECORDS[reference.typeName].outside;
        const qualified = `${spec.typeName}.${field}`;
        if (reference.grantsNothing) {
          namesAnyReadable.push(qualified);
          continue;
        }
        const earlier = REFUSED_EARLIER[qualified];
        const name = `${qualified} (${reference.typeName})`;
        const tried = (problem: string | null) => {
          if (problem) return wrong.push(problem);
          if (earlier) return;
          checked.add(qualified);
          cases += 1;
        };
        if (spec.editors!.actions.includes('CREATE'))
          tried(
            await refusal(`create with ${name} outside`, field, earlier, create, {
              input: inputOf(spec, ++serial, field, outside),
            }),
          );

        const n = ++serial;
        const own = (await adminRecord(spec, inputOf(spec, n)))!;
        tried(
          await refusal(`update of a record in scope, ${name} moved outside`, field, earlier, update, {
            id: own.id,
            version: own.version,
            input: inputOf(spec, n, field, outside),
          }),
        );

        // ADMIN may not make some of these either (a record that names nothing, a component of another programme): then nobody holds one to take over.
        const m = ++serial;
        const foreign = await adminRecord(spec, inputOf(spec, m, field, outside));
        if (foreign)
          tried(
            await refusal(`update of a record whose ${name} lies outside, moved inside`, field, earlier, update, {
              id: foreign.id,
              version: foreign.version,
              input: inputOf(spec, m),
            }),
          );
      }
    }
    expect(wrong).toEqual([]);
    expect([...checked].sort()).toEqual(CHECKED_BY_SCOPE);
    expect(namesAnyReadable.sort()).toEqual(NAMES_ANY_READABLE);
    expect(cases).toBe(CASES_CHECKED_BY_SCOPE);
    expect(serial).toBeLessThan(RUN_SIZE);
  });

  it('refuses, for every link set and each record its links name, an EDITOR adding a link to a record outside its scope or removing one', async () => {
    const sets = await linkSetSpecs();
    expect(sets.map((set) => `${set.owner.typeName}.${set.field}`).sort()).toEqual(Object.keys(LINK_ITEMS).sort());
    const checked = new Set<string>();
    const removals = new Set<string>();
    const wrong: string[] = [];
    /** A record of the set's owner type in the EDITOR's scope, made by ADMIN. */
    const ownRecord = async (set: LinkSetSpec<Record<string, unknown>>) => {
      const owner = specs.find((spec) => spec.typeName === set.owner.typeName)!;
      return (await adminRecord(owner, inputOf(owner, ++serial)))!;
    };
    let adminOnly = 0;
    for (const set of sets) {
      const { type, fields } = LINK_ITEMS[`${set.owner.typeName}.${set.field}`];
      const mutation = `set${set.owner.typeName}${set.field[0].toUpperCase()}${set.field.slice(1)}`;
      const query = `mutation ($id: ID!, $version: Int!, $set: [${type}!]!) { ${mutation}(id: $id, version: $version, ${set.field}: $set) { id version } }`;
      if (!set.owner.editors) {
        // ADMIN-only sets are refused by role before any link is read, whatever they name.
        const own = await ownRecord(set);
        const item =
          fields === null
            ? RECORDS[set.target.typeName].outside
            : { ...fields, [set.target.field]: RECORDS[set.target.typeName].outside };
        const before = await auditCount();
        const response = await asEditor(query, { id: own.id, version: own.version, set: [item] });
        expectAnsweredAsClientError(`${mutation} as an EDITOR`, response, refused());
        expect(response.body?.errors?.[0]?.extensions?.code, `${mutation} as an EDITOR`).toBe('FORBIDDEN');
        expect(await auditCount(), `${mutation}: nothing written`).toBe(before);
        adminOnly += 1;
        continue;
      }
      /** An item in the EDITOR's scope (the `n`th), with `field` (if given) set to `value`. */
      const itemOf = (n: number, field?: string, value?: string): unknown => {
        if (fields === null) return value ?? RECORDS[set.target.typeName].inside(n);
        const item: Record<string, unknown> = { ...fields };
        for (const reference of [set.target, ...set.references])
          item[reference.field] = RECORDS[reference.typeName].inside(n);
        if (field) item[field] = value;
        return item;
      };
      for (const reference of [set.target, ...set.references]) {
        const qualified = `${set.owner.typeName}.${set.field}[].${reference.field}`;
        const outside = RECORDS[reference.typeName].outside;
        const scoped = reference.typeName === 'Organisation' || reference.typeName === 'Municipality';
        const expected = (path: string) =>
          scoped
            ? `FORBIDDEN ${JSON.stringify([path])}`
            : `BAD_USER_INPUT ${JSON.stringify([`${set.field}[1].${reference.field}`])}`;
        const attempt = async (name: string, variables: Record<string, unknown>, path: string) => {
          const before = await auditCount();
          const response = await asEditor(query, variables);
          expectAnsweredAsClientError(name, response, refused());
          expect(await auditCount(), `${name}: nothing written`).toBe(before);
          const extensions = response.body?.errors?.[0]?.extensions ?? {};
          const paths = (extensions.fields as { path: string }[] | undefined)?.map((problem) => problem.path) ?? null;
          const shown = `${String(extensions.code)} ${JSON.stringify(paths)}`;
          if (shown !== expected(path)) wrong.push(`${name}: ${shown}, not ${expected(path)}`);
        };

        const n = ++serial;
        const own = await ownRecord(set);
        await attempt(
          `${qualified}: a link to a record outside added`,
          {
            id: own.id,
            version: own.version,
            set: [itemOf(n), itemOf(++serial, reference.field, outside)],
          },
          `${set.field}[1].${reference.field}`,
        );
        if (!scoped) continue;
        checked.add(qualified);
        // A municipality linked to the EDITOR's programme takes part in it, so lies in its scope: only an organisation can be linked and outside.
        if (reference.typeName !== 'Organisation') continue;

        const m = ++serial;
        const foreign = await ownRecord(set);
        const linked = await asAdmin(query, {
          id: foreign.id,
          version: foreign.version,
          set: [itemOf(m), itemOf(++serial, reference.field, outside)],
        });
        expect(linked.errors, `${qualified}: ADMIN links the outside record`).toBeUndefined();
        await attempt(
          `${qualified}: a link to a record outside removed`,
          {
            id: foreign.id,
            version: foreign.version + 1,
            set: [itemOf(m)],
          },
          set.field,
        );
        removals.add(qualified);
      }
    }
    expect(wrong).toEqual([]);
    expect([...checked].sort()).toEqual(LINKS_CHECKED_BY_SCOPE);
    expect([...removals].sort()).toEqual(LINKS_CHECKED_BY_SCOPE.filter((field) => field.endsWith('.organisation')));
    expect(adminOnly).toBe(2);
    expect(serial).toBeLessThan(RUN_SIZE);
  });
});
