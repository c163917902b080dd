import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { toGlobalId } from '../src/schema/global-id';
import { buildAccessWorld, type Caller } from './support/access-fixture';
import { initScratchHub, type OperationResult, type TestHub } from './support/test-hub';

const CREATE_FRAMEWORK = 'mutation ($input: FrameworkInput!) { createFramework(input: $input) { id code version } }';
const UPDATE_FRAMEWORK =
  'mutation ($id: ID!, $version: Int!, $input: FrameworkInput!) { updateFramework(id: $id, version: $version, input: $input) { id nameEn version } }';
const ARCHIVE_FRAMEWORK =
  'mutation ($id: ID!, $version: Int!) { archiveFramework(id: $id, version: $version) { id version archivedAt } }';
const CREATE_ELEMENT =
  'mutation ($input: FrameworkElementInput!) { createFrameworkElement(input: $input) { id code version parent { code } } }';
const UPDATE_ELEMENT =
  'mutation ($id: ID!, $version: Int!, $input: FrameworkElementInput!) { updateFrameworkElement(id: $id, version: $version, input: $input) { id version parent { code } } }';
const ARCHIVE_ELEMENT =
  'mutation ($id: ID!, $version: Int!) { archiveFrameworkElement(id: $id, version: $version) { id version } }';
const SET_MAPPINGS =
  'mutation ($id: ID!, $version: Int!, $set: [IndicatorFrameworkElementInput!]!) { setIndicatorFrameworkElements(id: $id, version: $version, frameworkElements: $set) { id version frameworkElements { code } } }';
const CREATE_NETWORK = 'mutation ($input: NetworkInput!) { createNetwork(input: $input) { id code version } }';
const UPDATE_NETWORK =
  'mutation ($id: ID!, $version: Int!, $input: NetworkInput!) { updateNetwork(id: $id, version: $version, input: $input) { id version nameEn organisation { code } } }';
const ARCHIVE_NETWORK =
  'mutation ($id: ID!, $version: Int!) { archiveNetwork(id: $id, version: $version) { id version archivedAt } }';
const SET_MEMBERS =
  'mutation ($id: ID!, $version: Int!, $set: [NetworkMemberInput!]!) { setNetworkMembers(id: $id, version: $version, members: $set) { id version members { municipality { nameLocal } fromYear toYear } } }';
const CREATE_MUNICIPALITY =
  'mutation ($input: MunicipalityInput!) { createMunicipality(input: $input) { id version } }';
const UPDATE_MUNICIPALITY =
  'mutation ($id: ID!, $version: Int!, $input: MunicipalityInput!) { updateMunicipality(id: $id, version: $version, input: $input) { id version successor { nameLocal } } }';
const ARCHIVE_MUNICIPALITY =
  'mutation ($id: ID!, $version: Int!) { archiveMunicipality(id: $id, version: $version) { id version } }';
const HISTORY = 'query ($id: ID!) { history(id: $id) { action entityType before after } }';

describe('frameworks, their elements, indicator mappings, networks with their members and municipal successions are written like every record', () => {
  let hub: TestHub;
  let viewers: Record<Caller, Viewer>;
  const ids: Record<string, string> = {};
  const rows = async <T>(query: string, params: unknown[] = []) => hub.orm.em.fork().execute<T[]>(query, params);
  const auditCount = async () => (await rows<{ n: number }>('select count(*)::int as n from audit_event'))[0].n;
  const keyOf = (id: string) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]);

  /** Runs a mutation as `caller` and returns its one field, failing on errors. */
  const ok = async (query: string, variables: Record<string, unknown>, caller: Caller = 'admin') => {
    const result = await hub.query(query, variables, viewers[caller]);
    expect(result.errors, result.errors?.[0]?.message).toBeUndefined();
    return Object.values(result.data!)[0] as Record<string, any>;
  };
  /** Runs a mutation as `caller`, expects it refused with `code` and nothing written, and returns the error's extensions. */
  const refused = async (query: string, variables: Record<string, unknown>, code: string, caller: Caller = 'admin') => {
    const before = await auditCount();
    const result: OperationResult = await hub.query(query, variables, viewers[caller]);
    expect(result.errors?.[0]?.extensions?.code, result.errors?.[0]?.message).toBe(code);
    expect(result.data?.[Object.keys(result.data ?? {})[0]] ?? null).toBeNull();
    expect(await auditCount()).toBe(before);
    return result.errors![0].extensions as Record<string, any>;
  };
  /** The fields a refusal names, each once (a field may break several rules). */
  const paths = (extensions: Record<string, any>) => [
    ...new Set((extensions.fields as { path: string }[]).map((field) => field.path).sort()),
  ];

  /** A framework `code` made by ADMIN. */
  const framework = async (code: string) =>
    (ids[code] = (await ok(CREATE_FRAMEWORK, { input: { code, nameEn: code } })).id as string);
  /** An element `code` of framework `frameworkCode`, under `parent` if given. */
  const element = async (frameworkCode: string, code: string, position: number, parent?: string) =>
    (ids[`${frameworkCode}/${code}`] = (
      await ok(CREATE_ELEMENT, {
        input: { framework: ids[frameworkCode], code, position, nameEn: code, parent: parent ?? null },
      })
    ).id as string);
  const municipalityInput = (name: string, references: Record<string, string | null> = {}) => ({
    country: 'SE',
    nameLocal: name,
    kind: 'MUNICIPALITY',
    ...references,
  });

  beforeAll(async () => {
    hub = await initScratchHub();
    viewers = await buildAccessWorld(hub.orm.em.fork());
    await rows(`insert into country (code, name_en, name_local) values ('NO', 'Norway', 'Norge')`);
    await rows(`insert into source (key, title, kind) values ('charter', 'The Charter', 'REPORT')`);
    const named = await rows<{ type: string; name: string; id: number }>(`
      select 'Organisation' as type, code as name, id from organisation union all
      select 'Municipality', name_local, id from municipality union all
      select 'Indicator', code, id from indicator union all
      select 'Programme', code, id from programme union all
      select 'Source', key, id from source`);
    for (const row of named) ids[row.name] = toGlobalId(row.type, row.id);
  });
  afterAll(() => hub.close());

  it('creates, updates and archives a framework with one audit row each; a stale version is CONFLICT', async () => {
    const before = await auditCount();
    const created = await ok(CREATE_FRAMEWORK, {
      input: { code: 'CHARTER', nameEn: 'Charter', description: 'Thirty articles.', source: ids.charter },
    });
    expect(created).toMatchObject({ code: 'CHARTER', version: 1 });
    const updated = await ok(UPDATE_FRAMEWORK, {
      id: created.id,
      version: 1,
      input: { code: 'CHARTER', nameEn: 'The Charter' },
    });
    expect(updated).toEqual({ id: created.id, nameEn: 'The Charter', version: 2 });
    const stale = await refused(
      UPDATE_FRAMEWORK,
      { id: created.id, version: 1, input: { code: 'CHARTER', nameEn: 'Lost update' } },
      'CONFLICT',
    );
    expect(stale.currentVersion).toBe(2);
    expect(await refused(ARCHIVE_FRAMEWORK, { id: created.id, version: 1 }, 'CONFLICT')).toMatchObject({
      currentVersion: 2,
    });
    const archived = await ok(ARCHIVE_FRAMEWORK, { id: created.id, version: 2 });
    expect(archived.version).toBe(3);
    expect(archived.archivedAt).toBeTruthy();
    expect(await auditCount()).toBe(before + 3);
    const history = (await ok(HISTORY, { id: created.id })) as unknown as Record<string, any>[];
    expect(history.map((event) => `${event.entityType} ${event.action}`)).toEqual([
      'Framework CREATE',
      'Framework UPDATE',
      'Framework ARCHIVE',
    ]);
    expect(history[1].before).toMatchObject({ name_en: 'Charter', source_id: keyOf(ids.charter) });
    expect(history[1].after).toMatchObject({ name_en: 'The Charter', source_id: null });
    // Archived: gone from every read, and its code stays taken.
    const read = await hub.query('{ frameworks { code } }', {}, viewers.anonymous);
    expect(read.data!.frameworks).toEqual([]);
    const taken = await refused(CREATE_FRAMEWORK, { input: { code: 'CHARTER', nameEn: 'Again' } }, 'BAD_USER_INPUT');
    expect(taken.fields).toEqual([{ path: 'input.code', reason: 'the code CHARTER is not available.' }]);
  });

  it('names every failing field of a framework or element input, and refuses unknown, archived and foreign references', async () => {
    const invalid = await refused(
      CREATE_FRAMEWORK,
      { input: { code: 'not a code', nameEn: '', description: 'x'.repeat(10_001) } },
      'BAD_USER_INPUT',
    );
    expect(paths(invalid)).toEqual(['input.code', 'input.description', 'input.nameEn']);
    const unknownSource = await refused(
      CREATE_FRAMEWORK,
      { input: { code: 'SDG_5', nameEn: 'SDG 5', source: toGlobalId('Source', 999_999) } },
      'BAD_USER_INPUT',
    );
    expect(paths(unknownSource)).toEqual(['input.source']);

    await framework('SDG_5');
    await framework('GOALS');
    await element('GOALS', 'GOAL_1', 1);
    const invalidElement = await refused(
      CREATE_ELEMENT,
      { input: { framework: ids.SDG_5, code: '', position: 0, nameEn: '' } },
      'BAD_USER_INPUT',
    );
    expect(paths(invalidElement)).toEqual(['input.code', 'input.nameEn', 'input.position']);
    const unknown = await refused(
      CREATE_ELEMENT,
      {
        input: {
          framework: toGlobalId('Framework', 999_999),
          code: '5.1',
          position: 1,
          nameEn: 'Target',
          parent: 'not-an-id',
        },
      },
      'BAD_USER_INPUT',
    );
    expect(paths(unknown)).toEqual(['input.framework', 'input.parent']);
    const foreignParent = await refused(
      CREATE_ELEMENT,
      { input: { framework: ids.SDG_5, code: '5.1', position: 1, nameEn: 'Target', parent: ids['GOALS/GOAL_1'] } },
      'BAD_USER_INPUT',
    );
    expect(foreignParent.fields).toEqual([
      { path: 'input.parent', reason: 'names an element of another framework than `framework`.' },
    ]);
    await element('SDG_5', '5.1', 1);
    const taken = await refused(
      CREATE_ELEMENT,
      { input: { framework: ids.SDG_5, code: '5.1', position: 2, nameEn: 'Again' } },
      'BAD_USER_INPUT',
    );
    expect(taken.fields).toEqual([{ path: 'input.code', reason: 'the code 5.1 in this framework is not available.' }]);
    // The same code in another framework is free.
    await element('GOALS', '5.1', 2);

    // An archived framework or element is no longer there to be named.
    await framework('RETIRED');
    const retiredElement = await element('RETIRED', 'R1', 1);
    expect(await refused(ARCHIVE_FRAMEWORK, { id: ids.RETIRED, version: 1 }, 'CONFLICT')).toMatchObject({
      references: [{ type: 'FrameworkElement', count: 1 }],
    });
    await ok(ARCHIVE_ELEMENT, { id: retiredElement, version: 1 });
    await ok(ARCHIVE_FRAMEWORK, { id: ids.RETIRED, version: 1 });
    const archived = await refused(
      CREATE_ELEMENT,
      { input: { framework: ids.RETIRED, code: 'R2', position: 2, nameEn: 'R2', parent: retiredElement } },
      'BAD_USER_INPUT',
    );
    expect(paths(archived)).toEqual(['input.framework', 'input.parent']);
  });

  it('refuses an element under itself or one below it, naming input.parent, and nothing changes', async () => {
    await framework('TREE');
    const goal = await element('TREE', 'GOAL', 1);
    const target = await element('TREE', 'TARGET', 2, goal);
    const indicatorLevel = await element('TREE', 'LEVEL', 3, target);
    for (const parent of [goal, target, indicatorLevel]) {
      const cycle = await refused(
        UPDATE_ELEMENT,
        { id: goal, version: 1, input: { framework: ids.TREE, code: 'GOAL', position: 1, nameEn: 'GOAL', parent } },
        'BAD_USER_INPUT',
      );
      expect(paths(cycle)).toEqual(['input.parent']);
    }
    expect(await rows('select code, version, parent_id from framework_element where code = ? ', ['GOAL'])).toEqual([
      { code: 'GOAL', version: 1, parent_id: null },
    ]);
    const moved = await ok(UPDATE_ELEMENT, {
      id: indicatorLevel,
      version: 1,
      input: { framework: ids.TREE, code: 'LEVEL', position: 3, nameEn: 'LEVEL', parent: goal },
    });
    expect(moved).toMatchObject({ version: 2, parent: { code: 'GOAL' } });
  });

  it('maps an indicator to framework elements as a set, with one audit row; refuses stale versions, repeats, archived elements and other callers', async () => {
    await framework('MAP');
    const [first, second, third] = [
      await element('MAP', 'M1', 1),
      await element('MAP', 'M2', 2),
      await element('MAP', 'M3', 3),
    ];
    const [{ version }] = await rows<{ version: number }>(`select version from indicator where code = 'TRAINED'`);
    const before = await auditCount();
    const mapped = await ok(SET_MAPPINGS, {
      id: ids.TRAINED,
      version,
      set: [{ element: first, rationale: 'Counts the people trained.' }, { element: second }],
    });
    expect(mapped).toEqual({
      id: ids.TRAINED,
      version: version + 1,
      frameworkElements: [{ code: 'M1' }, { code: 'M2' }],
    });
    expect(await auditCount()).toBe(before + 1);
    const mappings = await hub.query(
      `query ($id: ID!) { node(id: $id) { ... on Indicator { frameworkMappings { element { code } rationale } } } }`,
      { id: ids.TRAINED },
    );
    expect(mappings.data?.node).toEqual({
      frameworkMappings: [
        { element: { code: 'M1' }, rationale: 'Counts the people trained.' },
        { element: { code: 'M2' }, rationale: null },
      ],
    });
    const history = (await ok(HISTORY, { id: ids.TRAINED })) as unknown as Record<string, any>[];
    expect(history.at(-1)).toMatchObject({
      action: 'UPDATE',
      entityType: 'Indicator',
      before: { version, frameworkElements: [] },
      after: {
        version: version + 1,
        frameworkElements: [
          { element_id: keyOf(first), rationale: 'Counts the people trained.' },
          { element_id: keyOf(second), rationale: null },
        ],
      },
    });
    const read = await hub.query(
      '{ framework(code: "MAP") { elements { code indicators { code } } } }',
      {},
      viewers.anonymous,
    );
    expect(read.data!.framework.elements).toEqual([
      { code: 'M1', indicators: [{ code: 'TRAINED' }] },
      { code: 'M2', indicators: [{ code: 'TRAINED' }] },
      { code: 'M3', indicators: [] },
    ]);

    const stale = await refused(SET_MAPPINGS, { id: ids.TRAINED, version, set: [] }, 'CONFLICT');
    expect(stale.currentVersion).toBe(version + 1);
    const repeated = await refused(
      SET_MAPPINGS,
      {
        id: ids.TRAINED,
        version: version + 1,
        set: [{ element: third }, { element: third, rationale: 'x'.repeat(10_001) }],
      },
      'BAD_USER_INPUT',
    );
    expect(paths(repeated)).toEqual(['frameworkElements[1].rationale']);
    const twice = await refused(
      SET_MAPPINGS,
      { id: ids.TRAINED, version: version + 1, set: [{ element: third }, { element: third }] },
      'BAD_USER_INPUT',
    );
    expect(paths(twice)).toEqual(['frameworkElements[1].element']);

    // A mapped element cannot be archived; an archived one cannot be mapped.
    expect(await refused(ARCHIVE_ELEMENT, { id: first, version: 1 }, 'CONFLICT')).toMatchObject({
      references: [{ type: 'IndicatorFrameworkElement', count: 1 }],
    });
    await ok(ARCHIVE_ELEMENT, { id: third, version: 1 });
    const archived = await refused(
      SET_MAPPINGS,
      { id: ids.TRAINED, version: version + 1, set: [{ element: third }, { element: 'junk' }] },
      'BAD_USER_INPUT',
    );
    expect(paths(archived)).toEqual(['frameworkElements[0].element', 'frameworkElements[1].element']);
    // Coverage counts live elements only, and the mappings of live indicators.
    const coverage = await hub.query(
      'query ($scope: ID!) { framework(code: "MAP") { coverage(scope: $scope) { elementCount mappedElementCount } } }',
      { scope: ids.PUBLIC },
      viewers.anonymous,
    );
    expect(coverage.data!.framework.coverage).toEqual({ elementCount: 2, mappedElementCount: 2 });
    for (const caller of ['editor', 'reviewer', 'reporter'] as const)
      await refused(SET_MAPPINGS, { id: ids.TRAINED, version: version + 1, set: [] }, 'FORBIDDEN', caller);
    await refused(SET_MAPPINGS, { id: ids.TRAINED, version: version + 1, set: [] }, 'UNAUTHENTICATED', 'anonymous');

    // A set sent unchanged writes nothing; an empty set removes every mapping.
    const unchanged = await auditCount();
    await ok(SET_MAPPINGS, {
      id: ids.TRAINED,
      version: version + 1,
      set: [{ element: first, rationale: 'Counts the people trained.' }, { element: second }],
    });
    expect(await auditCount()).toBe(unchanged);
    const cleared = await ok(SET_MAPPINGS, { id: ids.TRAINED, version: version + 1, set: [] });
    expect(cleared).toMatchObject({ version: version + 2, frameworkElements: [] });
  });

  it('creates, updates and archives a network and sets its members with their years, each write audited once', async () => {
    const invalid = await refused(
      CREATE_NETWORK,
      { input: { code: '', nameEn: '', organisation: toGlobalId('Organisation', 999_999) } },
      'BAD_USER_INPUT',
    );
    expect(paths(invalid)).toEqual(['input.code', 'input.nameEn']);
    const unknown = await refused(
      CREATE_NETWORK,
      {
        input: {
          code: 'NET',
          nameEn: 'Network',
          organisation: toGlobalId('Organisation', 999_999),
          programme: toGlobalId('Programme', 999_999),
          source: 'junk',
        },
      },
      'BAD_USER_INPUT',
    );
    expect(paths(unknown)).toEqual(['input.organisation', 'input.programme', 'input.source']);
    await refused(
      CREATE_NETWORK,
      { input: { code: 'NET', nameEn: 'Network', organisation: ids.IMPLEMENTER } },
      'FORBIDDEN',
      'editor',
    );

    const before = await auditCount();
    const network = await ok(CREATE_NETWORK, {
      input: { code: 'NET', nameEn: 'Network', organisation: ids.OTHER, programme: ids.PUBLIC },
    });
    const updated = await ok(UPDATE_NETWORK, {
      id: network.id,
      version: 1,
      input: { code: 'NET', nameEn: 'Gender equality network', organisation: ids.FUNDER },
    });
    expect(updated).toEqual({
      id: network.id,
      version: 2,
      nameEn: 'Gender equality network',
      organisation: { code: 'FUNDER' },
    });
    expect(
      (
        await refused(
          UPDATE_NETWORK,
          { id: network.id, version: 1, input: { code: 'NET', nameEn: 'Lost', organisation: ids.OTHER } },
          'CONFLICT',
        )
      ).currentVersion,
    ).toBe(2);

    const members = await ok(SET_MEMBERS, {
      id: network.id,
      version: 2,
      set: [
        { municipality: ids.Home, fromYear: 2019 },
        { municipality: ids.Elsewhere, fromYear: 2020, toYear: 2023 },
      ],
    });
    expect(members).toEqual({
      id: network.id,
      version: 3,
      members: [
        { municipality: { nameLocal: 'Home' }, fromYear: 2019, toYear: null },
        { municipality: { nameLocal: 'Elsewhere' }, fromYear: 2020, toYear: 2023 },
      ],
    });
    expect(await auditCount()).toBe(before + 3);
    const history = (await ok(HISTORY, { id: network.id })) as unknown as Record<string, any>[];
    expect(history.at(-1)).toMatchObject({
      action: 'UPDATE',
      entityType: 'Network',
      before: { version: 2, members: [] },
      after: {
        version: 3,
        members: [
          { municipality_id: keyOf(ids.Home), from_year: 2019, to_year: null },
          { municipality_id: keyOf(ids.Elsewhere), from_year: 2020, to_year: 2023 },
        ],
      },
    });

    const years = await refused(
      SET_MEMBERS,
      {
        id: network.id,
        version: 3,
        set: [
          { municipality: ids.Home, fromYear: 2020, toYear: 2019 },
          { municipality: ids.Elsewhere, fromYear: 1800 },
        ],
      },
      'BAD_USER_INPUT',
    );
    expect(paths(years)).toEqual(['members[0].toYear', 'members[1].fromYear']);
    expect(years.fields[0].reason).toBe('2019 is before fromYear 2020.');
    expect((await refused(SET_MEMBERS, { id: network.id, version: 2, set: [] }, 'CONFLICT')).currentVersion).toBe(3);
    await refused(SET_MEMBERS, { id: network.id, version: 3, set: [] }, 'FORBIDDEN', 'editor');

    // A member cannot be archived; an archived municipality cannot become one.
    const [home] = await rows<{ version: number }>(`select version from municipality where name_local = 'Home'`);
    expect(await refused(ARCHIVE_MUNICIPALITY, { id: ids.Home, version: home.version }, 'CONFLICT')).toMatchObject({
      references: expect.arrayContaining([{ type: 'NetworkMember', count: 1 }]),
    });
    const gone = await ok(CREATE_MUNICIPALITY, { input: municipalityInput('Gone') });
    await ok(ARCHIVE_MUNICIPALITY, { id: gone.id, version: 1 });
    const archived = await refused(
      SET_MEMBERS,
      { id: network.id, version: 3, set: [{ municipality: ids.Home }, { municipality: gone.id }] },
      'BAD_USER_INPUT',
    );
    expect(paths(archived)).toEqual(['members[1].municipality']);

    // Members are part of the network: they do not stop its archive, and go out of sight with it.
    await ok(ARCHIVE_NETWORK, { id: network.id, version: 3 });
    const read = await hub.query('{ network(code: "NET") { code } }', {}, viewers.admin);
    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await rows('select count(*)::int as n from network_member')).toEqual([{ n: 2 }]);
    await refused(
      CREATE_NETWORK,
      { input: { code: 'NET', nameEn: 'Again', organisation: ids.OTHER } },
      'BAD_USER_INPUT',
    );
  });

  it("sets a municipality's successor after a merger, shown from both sides; refuses cycles, another country and archived ones", async () => {
    const merged = await ok(CREATE_MUNICIPALITY, { input: municipalityInput('Merged') });
    const first = await ok(CREATE_MUNICIPALITY, {
      input: { ...municipalityInput('First'), successor: merged.id, validTo: '2023-12-31' },
    });
    const second = await ok(CREATE_MUNICIPALITY, { input: municipalityInput('Second') });
    const updated = await ok(UPDATE_MUNICIPALITY, {
      id: second.id,
      version: 1,
      input: { ...municipalityInput('Second'), successor: merged.id, validTo: '2023-12-31' },
    });
    expect(updated).toEqual({ id: second.id, version: 2, successor: { nameLocal: 'Merged' } });
    const read = await hub.query(
      'query ($id: ID!) { node(id: $id) { ... on Municipality { predecessors { nameLocal successor { nameLocal } } } } }',
      { id: merged.id },
      viewers.anonymous,
    );
    expect(read.data!.node.predecessors).toEqual([
      { nameLocal: 'First', successor: { nameLocal: 'Merged' } },
      { nameLocal: 'Second', successor: { nameLocal: 'Merged' } },
    ]);
    const history = (await ok(HISTORY, { id: second.id })) as unknown as Record<string, any>[];
    expect(history.at(-1)).toMatchObject({
      action: 'UPDATE',
      before: { successor_id: null },
      after: { successor_id: keyOf(merged.id) },
    });

    for (const successor of [merged.id, first.id]) {
      const cycle = await refused(
        UPDATE_MUNICIPALITY,
        { id: merged.id, version: 1, input: { ...municipalityInput('Merged'), successor } },
        'BAD_USER_INPUT',
      );
      expect(paths(cycle)).toEqual(['input.successor']);
    }
    const abroad = await ok(CREATE_MUNICIPALITY, { input: { ...municipalityInput('Abroad'), country: 'NO' } });
    const foreign = await refused(
      UPDATE_MUNICIPALITY,
      { id: merged.id, version: 1, input: { ...municipalityInput('Merged'), successor: abroad.id } },
      'BAD_USER_INPUT',
    );
    expect(foreign.fields).toEqual([{ path: 'input.successor', reason: 'names a municipality of another country.' }]);
    // The successor is a reference like any other: named, it cannot be archived; archived, it cannot be named.
    expect(await refused(ARCHIVE_MUNICIPALITY, { id: merged.id, version: 1 }, 'CONFLICT')).toMatchObject({
      references: [{ type: 'Municipality', count: 2 }],
    });
    const gone = await ok(CREATE_MUNICIPALITY, { input: municipalityInput('Dissolved') });
    await ok(ARCHIVE_MUNICIPALITY, { id: gone.id, version: 1 });
    const archived = await refused(
      UPDATE_MUNICIPALITY,
      { id: merged.id, version: 1, input: { ...municipalityInput('Merged'), successor: gone.id, parent: 'junk' } },
      'BAD_USER_INPUT',
    );
    expect(paths(archived)).toEqual(['input.parent', 'input.successor']);
    await refused(
      UPDATE_MUNICIPALITY,
      { id: merged.id, version: 1, input: { ...municipalityInput('Merged'), successor: second.id } },
      'FORBIDDEN',
      'editor',
    );
  });

  it('of two concurrent successions that would close a cycle between them, writes exactly one', async () => {
    for (let round = 0; round < 5; round++) {
      const [left, right] = [
        await ok(CREATE_MUNICIPALITY, { input: municipalityInput(`Left ${round}`) }),
        await ok(CREATE_MUNICIPALITY, { input: municipalityInput(`Right ${round}`) }),
      ];
      const results = await Promise.all([
        hub.query(
          UPDATE_MUNICIPALITY,
          { id: left.id, version: 1, input: { ...municipalityInput(`Left ${round}`), successor: right.id } },
          viewers.admin,
        ),
        hub.query(
          UPDATE_MUNICIPALITY,
          { id: right.id, version: 1, input: { ...municipalityInput(`Right ${round}`), successor: left.id } },
          viewers.admin,
        ),
      ]);
      expect(
        results.map((result) => result.errors?.[0]?.extensions?.code ?? 'written').sort(),
        `round ${round}`,
      ).toEqual(['BAD_USER_INPUT', 'written']);
      expect(
        await rows('select count(*)::int as n from municipality where id in (?, ?) and successor_id is not null', [
          keyOf(left.id),
          keyOf(right.id),
        ]),
      ).toEqual([{ n: 1 }]);
    }
  });
  it('writes members and successions in a small, fixed number of SQL statements, whatever the set size', async () => {
    const network = await ok(CREATE_NETWORK, {
      input: { code: 'COUNTED', nameEn: 'Counted', organisation: ids.OTHER },
    });
    await rows(
      `insert into municipality (country_code, code, name_local, kind) select 'SE', 'C' || n, 'Counted ' || n, 'MUNICIPALITY' from generate_series(1, 50) n`,
    );
    const counted = (
      await rows<{ id: number }>(`select id from municipality where name_local like 'Counted %' order by id`)
    ).map((row) => toGlobalId('Municipality', row.id));
    const statements: number[] = [];
    for (const [version, set] of [
      [1, counted.slice(0, 1)],
      [2, counted],
    ] as const) {
      const result = await hub.query(
        SET_MEMBERS,
        { id: network.id, version, set: set.map((municipality) => ({ municipality, fromYear: 2020 })) },
        viewers.admin,
      );
      expect(result.errors).toBeUndefined();
      statements.push(result.statements);
    }
    const successions: number[] = [];
    for (const version of [1, 2]) {
      const result = await hub.query(
        UPDATE_MUNICIPALITY,
        {
          id: counted[0],
          version,
          input: { ...municipalityInput('Counted 1'), successor: counted[version], validTo: '2023-12-31' },
        },
        viewers.admin,
      );
      expect(result.errors).toBeUndefined();
      successions.push(result.statements);
    }
    console.log(
      `setNetworkMembers of 1 and 50: ${statements.join(' and ')} SQL statements; a succession moved: ${successions.join(' and ')}`,
    );
    // The record, its links and the records named read in batches, BEGIN, the row locked, the replacement, the version raised with its audit row, COMMIT.
    expect(statements).toEqual([10, 10]);
    // The record and the records named read in batches, the natural-key check, BEGIN, the row locked, the lock on the type's references, the cycle check, the update with its audit row, COMMIT.
    expect(successions).toEqual([9, 9]);
  });
});
