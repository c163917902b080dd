import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { toGlobalId } from '../src/schema/global-id';
import { buildAccessWorld, type Caller } from './support/access-fixture';
import { initScratchHub, type TestHub } from './support/test-hub';

/** The documented example is the operation this test runs. */
const CREATE_INDICATOR = readFileSync(join(__dirname, '..', 'docs', 'mutations', 'create-indicator.graphql'), 'utf8');
const HISTORY = 'query ($id: ID!) { history(id: $id) { actor action entityType before after } }';

/** The three mutations of a type, asking for `fields` back. */
const operations = (type: string, fields: string) => ({
  create: `mutation ($input: ${type}Input!) { create${type}(input: $input) { id version archivedAt ${fields} } }`,
  update: `mutation ($id: ID!, $version: Int!, $input: ${type}Input!) { update${type}(id: $id, version: $version, input: $input) { id version ${fields} } }`,
  archive: `mutation ($id: ID!, $version: Int!) { archive${type}(id: $id, version: $version) { id version archivedAt } }`,
});

/** A day `days` from today (UTC), as YYYY-MM-DD. */
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('createX, updateX and archiveX of working groups, members, indicators, Charter signatures, policy documents and good practices', () => {
  let hub: TestHub;
  let viewers: Record<Caller, Viewer>;
  const ids: Record<string, string> = {};
  const rows = async <T>(query: string, params: unknown[] = []) => hub.orm.em.fork().execute<T[]>(query, params);
  const auditCount = async () => Number((await rows<{ n: string }>('select count(*) as n from audit_event'))[0].n);

  /** Runs a mutation as `caller` and returns its one field, failing on errors. */
  const ok = async (query: string, variables: Record<string, unknown>, caller: Caller = 'admin') => {
    const result = await hub.query(query, variables, viewers[caller]);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0] as Record<string, any>;
  };
  /** Runs a create as ADMIN, expects one BAD_USER_INPUT with nothing written, and returns its listed fields. */
  const refused = async (type: string, input: Record<string, unknown>) => {
    const before = await auditCount();
    const result = await hub.query(operations(type, '').create, { input }, viewers.admin);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input' });
    expect(await auditCount()).toBe(before);
    return result.errors![0].extensions!.fields as { path: string; reason: string }[];
  };
  const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    hub = await initScratchHub();
    viewers = await buildAccessWorld(hub.orm.em.fork());
    const named = await rows<{ type: string; name: string; id: number }>(`
      select 'Programme' as type, code as name, id from programme union all
      select 'Organisation', code, id from organisation union all
      select 'Municipality', name_local, id from municipality union all
      select 'WorkingGroup', code, id from working_group union all
      select 'Indicator', code, id from indicator`);
    for (const row of named) ids[row.name] = toGlobalId(row.type, row.id);
    await rows(`insert into source (key, title, kind) values ('report', 'A report', 'REPORT')`);
    const [source] = await rows<{ id: number }>(`select id from source where key = 'report'`);
    ids.source = toGlobalId('Source', source.id);
  });
  afterAll(() => hub.close());

  it('creates, updates and archives each type; a stale version is CONFLICT; every write is in the history with before and after', async () => {
    const host = await ok(operations('WorkingGroup', 'code').create, {
      input: { code: 'WG-HOST', nameEn: 'Host', organisation: ids.IMPLEMENTER, programme: ids.PRIVATE },
    });
    const cases: {
      type: string;
      fields: string;
      create: Record<string, unknown>;
      update: Record<string, unknown>;
      after: [Record<string, unknown>, Record<string, unknown>];
    }[] = [
      {
        type: 'Indicator',
        fields: 'code unit disaggregations computation',
        create: {
          code: 'NEW_IND',
          nameEn: 'New',
          unit: 'PERCENT',
          level: 'OUTCOME',
          direction: 'HIGHER_IS_BETTER',
          aggregation: 'SHARE',
          disaggregations: ['SEX'],
          computation: 'REPORTED',
        },
        update: {
          code: 'NEW_IND',
          nameEn: 'New',
          unit: 'COUNT',
          level: 'OUTPUT',
          direction: 'NEUTRAL',
          aggregation: 'SUM',
          computation: 'COMPUTED',
        },
        after: [
          { code: 'NEW_IND', unit: 'PERCENT', disaggregations: ['SEX'] },
          { unit: 'COUNT', disaggregations: [], computation: 'COMPUTED' },
        ],
      },
      {
        type: 'WorkingGroup',
        fields: 'code memberRoles programme { code }',
        create: {
          code: 'WG-NEW',
          nameEn: 'New group',
          organisation: ids.IMPLEMENTER,
          programme: ids.PUBLIC,
          memberRoles: ['POLITICIAN', 'CIVIL_SERVANT'],
          source: ids.source,
        },
        update: { code: 'WG-NEW', nameEn: 'Renamed group', organisation: ids.OTHER },
        after: [
          { code: 'WG-NEW', member_roles: ['POLITICIAN', 'CIVIL_SERVANT'] },
          { name_en: 'Renamed group', programme_id: null, member_roles: [], source_id: null },
        ],
      },
      {
        type: 'WorkingGroupMember',
        fields: 'name role sex workingGroup { code }',
        create: {
          workingGroup: host.id,
          name: 'Mira Mirić',
          role: 'POLITICIAN',
          sex: 'FEMALE',
          municipality: ids.Home,
        },
        update: { workingGroup: host.id, name: 'Mira Mirić', role: 'MANAGER' },
        after: [
          { name: 'Mira Mirić', role: 'POLITICIAN', sex: 'FEMALE' },
          { role: 'MANAGER', sex: null, municipality_id: null },
        ],
      },
      {
        type: 'CharterSignature',
        fields: 'signedOn actionPlanAdoptedOn municipality { nameLocal }',
        create: { municipality: ids.Elsewhere, signedOn: '2019-03-08' },
        update: {
          municipality: ids.Elsewhere,
          signedOn: '2019-03-08',
          actionPlanAdoptedOn: daysFromToday(0),
          source: ids.source,
        },
        after: [
          { signed_on: '2019-03-08', action_plan_adopted_on: null },
          { action_plan_adopted_on: daysFromToday(0) },
        ],
      },
      {
        type: 'PolicyDocument',
        fields: 'code status adoptedYear country { code }',
        create: {
          code: 'SE-PLAN',
          titleEn: 'Plan',
          kind: 'ACTION_PLAN',
          status: 'PROPOSED',
          country: 'SE',
          adoptedYear: new Date().getUTCFullYear() + 1,
          organisation: ids.FUNDER,
        },
        update: {
          code: 'SE-PLAN',
          titleEn: 'Plan',
          kind: 'ACTION_PLAN',
          status: 'ADOPTED',
          country: 'SE',
          adoptedYear: 2020,
          adoptedBy: 'Council',
        },
        after: [
          { status: 'PROPOSED', country_code: 'SE' },
          { status: 'ADOPTED', adopted_year: 2020, organisation_id: null },
        ],
      },
      {
        type: 'GoodPractice',
        fields: 'code areas roles programme { code }',
        create: {
          code: 'GP-1',
          titleEn: 'Practice',
          areas: ['SCHOOL'],
          roles: ['EMPLOYER', 'SERVICE_PROVIDER'],
          programme: ids.PUBLIC,
          municipality: ids.Home,
        },
        update: { code: 'GP-1', titleEn: 'Practice', areas: ['SCHOOL', 'CULTURE'], recognisedBy: 'The Observatory' },
        after: [
          { areas: ['SCHOOL'], roles: ['EMPLOYER', 'SERVICE_PROVIDER'] },
          { areas: ['SCHOOL', 'CULTURE'], roles: [], programme_id: null, recognised_by: 'The Observatory' },
        ],
      },
    ];
    for (const { type, fields, create, update, after } of cases) {
      const mutations = operations(type, fields);
      const created = await ok(mutations.create, { input: create });
      expect(created).toMatchObject({ version: 1, archivedAt: null });
      const updated = await ok(mutations.update, { id: created.id, version: 1, input: update });
      expect(updated.version).toBe(2);

      const audits = await auditCount();
      const stale = await hub.query(mutations.update, { id: created.id, version: 1, input: create }, viewers.admin);
      expect(stale.errors![0].extensions, type).toMatchObject({
        code: 'CONFLICT',
        argument: 'version',
        currentVersion: 2,
      });
      const staleArchive = await hub.query(mutations.archive, { id: created.id, version: 1 }, viewers.admin);
      expect(staleArchive.errors![0].extensions, type).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect(await auditCount()).toBe(audits);

      const archived = await ok(mutations.archive, { id: created.id, version: 2 });
      expect(archived.version).toBe(3);
      expect(Number.isNaN(new Date(archived.archivedAt).getTime())).toBe(false);
      const node = await hub.query('query ($id: ID!) { node(id: $id) { id } }', { id: created.id }, viewers.admin);
      expect(node.data?.node ?? null).toBeNull();

      const history = (await hub.query(HISTORY, { id: created.id }, viewers.admin)).data!.history;
      expect(
        history.map((event: { action: string }) => event.action),
        type,
      ).toEqual(['CREATE', 'UPDATE', 'ARCHIVE']);
      expect(history[0], type).toMatchObject({
        actor: viewers.admin.key,
        entityType: type,
        before: null,
        after: { ...after[0], version: 1 },
      });
      expect(history[1], type).toMatchObject({
        before: { ...after[0], version: 1 },
        after: { ...after[1], version: 2 },
      });
      expect(history[2], type).toMatchObject({ before: { ...after[1], archived_at: null }, after: { version: 3 } });
    }
    // The documented example creates an indicator.
    const indicator = await ok(CREATE_INDICATOR, {
      input: {
        code: 'DOC_IND',
        nameEn: 'Documented',
        unit: 'BOOLEAN',
        level: 'OUTPUT',
        direction: 'HIGHER_IS_BETTER',
        aggregation: 'LATEST',
        computation: 'REPORTED',
      },
    });
    expect(indicator).toMatchObject({ code: 'DOC_IND', unit: 'BOOLEAN', disaggregations: [], version: 1 });
  });

  it('lists every failing field of each type with its path and reason', async () => {
    const paths = (fields: { path: string }[]) => fields.map((field) => field.path).sort();
    const indicator = await refused('Indicator', {
      code: 'bad code',
      nameEn: '',
      unit: 'COUNT',
      level: 'OUTPUT',
      direction: 'NEUTRAL',
      aggregation: 'SUM',
      disaggregations: ['SEX', 'SEX'],
      computation: 'REPORTED',
    });
    expect(paths(indicator)).toEqual(['input.code', 'input.disaggregations', 'input.nameEn']);
    expect(indicator).toContainEqual({ path: 'input.disaggregations', reason: 'lists a dimension twice.' });
    const unknownUnit = await hub.query(
      CREATE_INDICATOR,
      {
        input: {
          code: 'X',
          nameEn: 'X',
          unit: 'LITRES',
          level: 'OUTPUT',
          direction: 'NEUTRAL',
          aggregation: 'SUM',
          computation: 'REPORTED',
        },
      },
      viewers.admin,
    );
    expect(codeOf(unknownUnit)).toBe('BAD_USER_INPUT');
    expect(unknownUnit.errors![0].message).toContain('LITRES');

    const tomorrow = daysFromToday(1);
    expect(
      await refused('CharterSignature', {
        municipality: ids.Home,
        signedOn: tomorrow,
        actionPlanAdoptedOn: '2000-01-01',
      }),
    ).toEqual([
      { path: 'input.signedOn', reason: `${tomorrow} is in the future; it records something that has happened.` },
      { path: 'input.actionPlanAdoptedOn', reason: `2000-01-01 is before signedOn ${tomorrow}.` },
    ]);
    expect(await refused('CharterSignature', { municipality: ids.PUBLIC, source: 'not-an-id' })).toEqual([
      { path: 'input.municipality', reason: `"${ids.PUBLIC}" is not the id of a Municipality.` },
      { path: 'input.source', reason: '"not-an-id" is not the id of a Source.' },
    ]);

    expect(
      paths(
        await refused('PolicyDocument', {
          code: 'P',
          titleEn: '',
          kind: 'LAW',
          status: 'ADOPTED',
          country: 'Serbia',
          adoptedYear: 1800,
        }),
      ),
    ).toEqual(['input.adoptedYear', 'input.country', 'input.titleEn']);
    const nextYear = new Date().getUTCFullYear() + 1;
    expect(
      await refused('PolicyDocument', {
        code: 'P',
        titleEn: 'P',
        kind: 'LAW',
        status: 'ADOPTED',
        adoptedYear: nextYear,
      }),
    ).toEqual([
      {
        path: 'input.adoptedYear',
        reason: `${nextYear} is after ${nextYear - 1}: an ADOPTED document was adopted already; a planned decision is PROPOSED.`,
      },
    ]);
    expect(
      await refused('PolicyDocument', { code: 'P', titleEn: 'P', kind: 'LAW', status: 'ADOPTED', country: 'DK' }),
    ).toEqual([{ path: 'input.country', reason: 'no Country has the code "DK".' }]);

    expect(
      paths(
        await refused('GoodPractice', {
          code: 'G'.repeat(65),
          titleEn: 'G',
          areas: ['AGE', 'AGE'],
          roles: [],
          recognisedBy: 'x'.repeat(501),
        }),
      ),
    ).toEqual(['input.areas', 'input.code', 'input.recognisedBy']);
    expect(await refused('GoodPractice', { code: 'G', titleEn: 'G', programme: ids.Home })).toEqual([
      { path: 'input.programme', reason: `"${ids.Home}" is not the id of a Programme.` },
    ]);

    expect(
      paths(
        await refused('WorkingGroup', {
          code: 'W',
          nameEn: 'x'.repeat(501),
          organisation: ids.OTHER,
          memberRoles: ['MANAGER', 'MANAGER'],
        }),
      ),
    ).toEqual(['input.memberRoles', 'input.nameEn']);
    expect(
      await refused('WorkingGroup', { code: 'W', nameEn: 'W', organisation: toGlobalId('Organisation', 999_999) }),
    ).toEqual([
      { path: 'input.organisation', reason: `no Organisation has the id "${toGlobalId('Organisation', 999_999)}".` },
    ]);

    expect(
      await refused('WorkingGroupMember', { workingGroup: ids.GROUP, name: '', role: 'MANAGER', sex: 'TOTAL' }),
    ).toEqual([
      { path: 'input.name', reason: 'name must be longer than or equal to 1 characters' },
      { path: 'input.sex', reason: 'must be FEMALE or MALE; leave it out when not recorded.' },
    ]);
  });

  it('refuses natural keys another record holds: codes, and a second signature of one municipality', async () => {
    expect(
      await refused('Indicator', {
        code: 'TRAINED',
        nameEn: 'Again',
        unit: 'COUNT',
        level: 'OUTPUT',
        direction: 'NEUTRAL',
        aggregation: 'SUM',
        computation: 'REPORTED',
      }),
    ).toEqual([{ path: 'input.code', reason: 'the code TRAINED is not available.' }]);
    expect(await refused('WorkingGroup', { code: 'GROUP', nameEn: 'Again', organisation: ids.OTHER })).toEqual([
      { path: 'input.code', reason: 'the code GROUP is not available.' },
    ]);
    await ok(operations('CharterSignature', '').create, { input: { municipality: ids.Home, signedOn: '2015-01-01' } });
    expect(await refused('CharterSignature', { municipality: ids.Home, signedOn: '2016-01-01' })).toEqual([
      {
        path: 'input.municipality',
        reason: "this municipality's signature (a municipality signs once) is not available.",
      },
    ]);
    for (const [type, input] of [
      ['PolicyDocument', { code: 'TWICE', titleEn: 'Twice', kind: 'LAW', status: 'PROPOSED' }],
      ['GoodPractice', { code: 'TWICE', titleEn: 'Twice' }],
    ] as const) {
      await ok(operations(type, '').create, { input });
      expect(await refused(type, input)).toEqual([{ path: 'input.code', reason: 'the code TWICE is not available.' }]);
    }
  });

  it('refuses to archive an indicator with values or a working group with live members, and changes nothing', async () => {
    const [trained] = await rows<{ version: number }>(`select version from indicator where code = 'TRAINED'`);
    const before = await auditCount();
    const indicator = await hub.query(
      operations('Indicator', '').archive,
      { id: ids.TRAINED, version: trained.version },
      viewers.admin,
    );
    expect(indicator.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      argument: 'id',
      references: [{ type: 'Observation', count: 6 }],
    });
    expect(await rows(`select version, archived_at from indicator where code = 'TRAINED'`)).toEqual([
      { version: trained.version, archived_at: null },
    ]);
    expect(await auditCount()).toBe(before);

    const group = await ok(operations('WorkingGroup', '').create, {
      input: { code: 'WG-BUSY', nameEn: 'Busy', organisation: ids.OTHER },
    });
    const member = await ok(operations('WorkingGroupMember', '').create, {
      input: { workingGroup: group.id, name: 'Busy Member', role: 'MANAGER' },
    });
    const busy = await hub.query(operations('WorkingGroup', '').archive, { id: group.id, version: 1 }, viewers.admin);
    expect(busy.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      references: [{ type: 'WorkingGroupMember', count: 1 }],
    });
    // Once its member is archived, the group can be.
    await ok(operations('WorkingGroupMember', '').archive, { id: member.id, version: 1 });
    expect((await ok(operations('WorkingGroup', '').archive, { id: group.id, version: 1 })).version).toBe(2);
  });

  it('lets an EDITOR write working groups and their members in its programmes only; other types only ADMIN', async () => {
    const groups = operations('WorkingGroup', 'code programme { code }');
    const members = operations('WorkingGroupMember', 'role');
    const own = await ok(
      groups.create,
      { input: { code: 'WG-EDITOR', nameEn: 'Editor', organisation: ids.IMPLEMENTER, programme: ids.PRIVATE } },
      'editor',
    );
    expect(own.programme.code).toBe('PRIVATE');
    const member = await ok(
      members.create,
      { input: { workingGroup: own.id, name: 'Ema Emić', role: 'MANAGER' } },
      'editor',
    );
    expect(
      (
        await ok(
          members.update,
          { id: member.id, version: 1, input: { workingGroup: own.id, name: 'Ema Emić', role: 'POLITICIAN' } },
          'editor',
        )
      ).role,
    ).toBe('POLITICIAN');

    const forbidden = [
      [
        groups.create,
        { input: { code: 'WG-OUT', nameEn: 'Out', organisation: ids.IMPLEMENTER, programme: ids.PUBLIC } },
      ],
      [groups.create, { input: { code: 'WG-NONE', nameEn: 'None', organisation: ids.IMPLEMENTER } }],
      [
        groups.update,
        {
          id: own.id,
          version: 1,
          input: { code: 'WG-EDITOR', nameEn: 'Moved', organisation: ids.IMPLEMENTER, programme: ids.PUBLIC },
        },
      ],
      [members.create, { input: { workingGroup: ids.GROUP, name: 'Outsider', role: 'MANAGER' } }],
      [
        members.update,
        { id: member.id, version: 2, input: { workingGroup: ids.GROUP, name: 'Ema Emić', role: 'POLITICIAN' } },
      ],
    ] as const;
    for (const [query, variables] of forbidden)
      expect(codeOf(await hub.query(query, variables, viewers.editor))).toBe('FORBIDDEN');
    expect(
      await rows(
        `select count(*)::int as n from working_group where code in ('WG-OUT', 'WG-NONE') or (code = 'WG-EDITOR' and version > 1)`,
      ),
    ).toEqual([{ n: 0 }]);

    const adminOnly = [
      [
        CREATE_INDICATOR,
        {
          input: {
            code: 'E',
            nameEn: 'E',
            unit: 'COUNT',
            level: 'OUTPUT',
            direction: 'NEUTRAL',
            aggregation: 'SUM',
            computation: 'REPORTED',
          },
        },
      ],
      [operations('CharterSignature', '').create, { input: { municipality: ids.Elsewhere } }],
      [
        operations('PolicyDocument', '').create,
        { input: { code: 'E', titleEn: 'E', kind: 'LAW', status: 'PROPOSED' } },
      ],
      [operations('GoodPractice', '').create, { input: { code: 'E', titleEn: 'E', programme: ids.PRIVATE } }],
      [operations('Indicator', '').archive, { id: ids.TRAINED, version: 1 }],
    ] as const;
    for (const [query, variables] of adminOnly) {
      expect(codeOf(await hub.query(query, variables, viewers.editor))).toBe('FORBIDDEN');
      expect(codeOf(await hub.query(query, variables, viewers.reporter))).toBe('FORBIDDEN');
      expect(codeOf(await hub.query(query, variables, viewers.anonymous))).toBe('UNAUTHENTICATED');
    }
  });

  it("shows the name in a member's history only to the organisation that runs the group and ADMIN", async () => {
    const member = await ok(operations('WorkingGroupMember', '').create, {
      input: { workingGroup: ids.GROUP, name: 'Nina Nikolić', role: 'GENDER_EXPERT' },
    });
    // The group is IMPLEMENTER's, in the published programme: every token reads the member, only some its name.
    for (const caller of ['admin', 'editor', 'reviewer'] as const) {
      const history = await hub.query(HISTORY, { id: member.id }, viewers[caller]);
      expect(history.data!.history[0].after.name, caller).toBe('Nina Nikolić');
    }
    for (const caller of ['otherViewer', 'funderViewer', 'reporter'] as const) {
      expect(
        (await hub.query('query ($id: ID!) { node(id: $id) { id } }', { id: member.id }, viewers[caller])).data!.node,
        caller,
      ).toEqual({ id: member.id });
      const history = await hub.query(HISTORY, { id: member.id }, viewers[caller]);
      expect(history.data!.history[0].after, caller).toMatchObject({ name: null, role: 'GENDER_EXPERT' });
      expect(JSON.stringify(history)).not.toContain('Nina');
    }
  });
});
