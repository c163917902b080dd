import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { toGlobalId } from '../src/schema/global-id';
import { buildAccessWorld, type Caller } from './support/access-fixture';
import { initScratchHub, type OperationResult, type TestHub } from './support/test-hub';

/** The `set<Type><Field>` mutation of a link set, its items of GraphQL type `items`, asking for `fields` back. */
const setter = (type: string, field: string, items: string, fields = 'id version') =>
  `mutation ($id: ID!, $version: Int!, $set: [${items}!]!) { set${type}${field[0].toUpperCase()}${field.slice(1)}(id: $id, version: $version, ${field}: $set) { ${fields} } }`;
const FUNDERS = setter(
  'Programme',
  'funders',
  'ProgrammeFunderInput',
  'id version funders { funder { code } amount { amount currency } }',
);
const IMPLEMENTERS = setter(
  'Programme',
  'implementers',
  'ProgrammeImplementerInput',
  'id version implementers { organisation { code } role }',
);
const PARTICIPANTS = setter('Programme', 'participants', 'ProgrammeParticipantInput', 'id version');
const COUNTRIES = setter('Programme', 'countries', 'String', 'id version countries { code }');
const THEMES = setter('Programme', 'themes', 'ID', 'id version themes { code }');
const SOURCES = setter('Programme', 'sources', 'ID', 'id version sources { key }');
const INITIATIVE_MUNICIPALITIES = setter(
  'Initiative',
  'municipalities',
  'ID',
  'id version municipalities { nameLocal }',
);
const INITIATIVE_THEMES = setter('Initiative', 'themes', 'ID', 'id version themes { code }');
const CREATE_PROGRAMME = 'mutation ($input: ProgrammeInput!) { createProgramme(input: $input) { id version } }';
const UPDATE_PROGRAMME =
  'mutation ($id: ID!, $version: Int!, $input: ProgrammeInput!) { updateProgramme(id: $id, version: $version, input: $input) { id version nameEn } }';
const HISTORY = 'query ($id: ID!) { history(id: $id) { action entityType before after } }';

describe('setProgrammeX and setInitiativeX: every link of a programme and an initiative written as a set', () => {
  let hub: TestHub;
  let viewers: Record<Caller, Viewer>;
  const ids: Record<string, string> = {};
  const rows = async <T>(query: string, params: unknown[] = []) => hub.orm.em.fork().execute<T[]>(query, params);
  const auditCount = async () => (await rows<{ n: number }>('select count(*)::int as n from audit_event'))[0].n;
  const versionOf = async (table: string, code: string) =>
    (await rows<{ version: number }>(`select version from ${table} where code = ?`, [code]))[0].version;
  const codeOf = (result: OperationResult) => result.errors?.[0]?.extensions?.code;
  const keyOf = (id: string) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]);

  /** Runs a mutation as `caller` and returns its one field, failing on errors. */
  const ok = async (query: string, variables: Record<string, unknown>, caller: Caller = 'admin') => {
    const result = await hub.query(query, variables, viewers[caller]);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0] as Record<string, any>;
  };
  /** Runs a mutation as `caller`, expects it refused with `code` and nothing written, and returns the error's extensions. */
  const refused = async (query: string, variables: Record<string, unknown>, code: string, caller: Caller = 'admin') => {
    const before = await auditCount();
    const result = await hub.query(query, variables, viewers[caller]);
    expect(result.errors?.[0]?.extensions?.code, result.errors?.[0]?.message).toBe(code);
    expect(result.data?.[Object.keys(result.data ?? {})[0]] ?? null).toBeNull();
    expect(await auditCount()).toBe(before);
    return result.errors![0].extensions as Record<string, any>;
  };
  const paths = (extensions: Record<string, any>) => extensions.fields.map((field: { path: string }) => field.path);

  beforeAll(async () => {
    hub = await initScratchHub();
    viewers = await buildAccessWorld(hub.orm.em.fork());
    await rows(
      `insert into country (code, name_en, name_local) values ('NO', 'Norway', 'Norge'), ('RS', 'Serbia', 'Srbija')`,
    );
    await rows(`insert into theme (code, name_en) values ('VIOLENCE', 'Violence'), ('WORK', 'Work')`);
    await rows(
      `insert into source (key, title, kind) values ('report', 'A report', 'REPORT'), ('page', 'A page', 'WEB_PAGE')`,
    );
    await rows(`insert into organisation (code, name_en, kind) values ('SPARE', 'Spare', 'NGO')`);
    const named = await rows<{ type: string; name: string; id: number }>(`
      select 'Programme' as type, code as name, id from programme union all
      select 'Initiative', code, id from initiative union all
      select 'Organisation', code, id from organisation union all
      select 'Municipality', name_local, id from municipality union all
      select 'Theme', code, id from theme union all
      select 'Source', key, id from source`);
    for (const row of named) ids[row.name] = toGlobalId(row.type, row.id);
  });
  afterAll(() => hub.close());

  it('lets an ADMIN give a new programme a funder, whose EDITOR then edits it; one audit row shows the set before and after', async () => {
    const programme = await ok(CREATE_PROGRAMME, { input: { code: 'NEW', nameEn: 'New', published: false } });
    const input = { code: 'NEW', nameEn: 'Edited by its funder', published: false };
    expect(codeOf(await hub.query(UPDATE_PROGRAMME, { id: programme.id, version: 1, input }, viewers.editor))).toBe(
      'NOT_FOUND',
    );

    const before = await auditCount();
    const funded = await ok(FUNDERS, {
      id: programme.id,
      version: 1,
      set: [{ organisation: ids.IMPLEMENTER, amount: 1500000.5, currency: 'NOK' }],
    });
    expect(funded).toEqual({
      id: programme.id,
      version: 2,
      funders: [{ funder: { code: 'IMPLEMENTER' }, amount: { amount: 1500000.5, currency: 'NOK' } }],
    });
    expect(await auditCount()).toBe(before + 1);
    const [, written] = (await ok(HISTORY, { id: programme.id })) as unknown as Record<string, any>[];
    expect(written).toMatchObject({ action: 'UPDATE', entityType: 'Programme' });
    expect(written.before).toMatchObject({ version: 1, funders: [] });
    expect(written.after).toMatchObject({
      version: 2,
      funders: [{ organisation_id: keyOf(ids.IMPLEMENTER), amount: 1500000.5, currency: 'NOK' }],
    });

    const edited = await ok(UPDATE_PROGRAMME, { id: programme.id, version: 2, input }, 'editor');
    expect(edited).toMatchObject({ version: 3, nameEn: 'Edited by its funder' });
  });

  it('diffs the set: changed links rewritten, new ones added, missing ones removed; the same set again writes nothing', async () => {
    const programme = await ok(CREATE_PROGRAMME, { input: { code: 'DIFF', nameEn: 'Diff', published: true } });
    await ok(FUNDERS, {
      id: programme.id,
      version: 1,
      set: [
        { organisation: ids.FUNDER, amount: 100, currency: 'EUR' },
        { organisation: ids.OTHER, amount: 50, currency: 'EUR' },
      ],
    });
    const [{ id: kept }] = await rows<{ id: number }>(
      `select f.id from programme_funder f join organisation o on o.id = f.organisation_id where o.code = 'FUNDER' and f.programme_id = (select id from programme where code = 'DIFF')`,
    );
    const set = [
      { organisation: ids.SPARE, amount: null, currency: null },
      { organisation: ids.FUNDER, amount: 120, currency: 'EUR' },
    ];
    const changed = await ok(FUNDERS, { id: programme.id, version: 2, set });
    expect(changed.version).toBe(3);
    expect(changed.funders).toEqual([
      { funder: { code: 'FUNDER' }, amount: { amount: 120, currency: 'EUR' } },
      { funder: { code: 'SPARE' }, amount: null },
    ]);
    // The kept link is rewritten in place, not deleted and added again.
    expect(await rows(`select id, amount from programme_funder where id = ?`, [kept])).toEqual([
      { id: kept, amount: '120.00' },
    ]);

    const before = await auditCount();
    const again = await ok(FUNDERS, { id: programme.id, version: 3, set: [...set].reverse() });
    expect(again.version).toBe(3);
    expect(await auditCount()).toBe(before);
    const emptied = await ok(FUNDERS, { id: programme.id, version: 3, set: [] });
    expect(emptied).toMatchObject({ version: 4, funders: [] });
  });

  it('names every failing field: the input rules first, then unknown, archived and repeated records', async () => {
    const programme = await ok(CREATE_PROGRAMME, { input: { code: 'BAD', nameEn: 'Bad', published: true } });
    const rules = await refused(
      FUNDERS,
      {
        id: programme.id,
        version: 1,
        set: [
          { organisation: ids.FUNDER, amount: -1, currency: 'EUR' },
          { organisation: ids.OTHER, amount: 1, currency: 'EURO' },
        ],
      },
      'BAD_USER_INPUT',
    );
    expect(rules).toMatchObject({ argument: 'funders' });
    expect(paths(rules)).toEqual(['funders[0].amount', 'funders[1].currency']);

    const archived = await ok('mutation ($id: ID!) { archiveOrganisation(id: $id, version: 1) { id } }', {
      id: ids.SPARE,
    });
    expect(archived.id).toBe(ids.SPARE);
    const records = await refused(
      PARTICIPANTS,
      {
        id: programme.id,
        version: 1,
        set: [
          { municipality: ids.Home, source: toGlobalId('Source', 999_999) },
          { municipality: ids.PUBLIC },
          { municipality: ids.Home },
          { municipality: toGlobalId('Municipality', 999_999) },
        ],
      },
      'BAD_USER_INPUT',
    );
    expect(paths(records)).toEqual([
      'participants[0].source',
      'participants[1].municipality',
      'participants[2].municipality',
      'participants[3].municipality',
    ]);
    const gone = await refused(
      FUNDERS,
      { id: programme.id, version: 1, set: [{ organisation: ids.SPARE }] },
      'BAD_USER_INPUT',
    );
    expect(gone.fields).toEqual([
      { path: 'funders[0].organisation', reason: expect.stringContaining('no Organisation has the id') },
    ]);
    const countries = await refused(
      COUNTRIES,
      { id: programme.id, version: 1, set: ['SE', 'XX', 'SE'] },
      'BAD_USER_INPUT',
    );
    expect(paths(countries)).toEqual(['countries[1].country', 'countries[2].country']);
    const tooMany = await refused(
      THEMES,
      { id: programme.id, version: 1, set: Array.from({ length: 101 }, () => ids.WORK) },
      'BAD_USER_INPUT',
    );
    expect(paths(tooMany)).toEqual(['themes']);
  });

  it('refuses a stale version with CONFLICT and the current version, and an archived programme as not found', async () => {
    const programme = await ok(CREATE_PROGRAMME, { input: { code: 'STALE', nameEn: 'Stale', published: true } });
    await ok(THEMES, { id: programme.id, version: 1, set: [ids.WORK] });
    const stale = await refused(THEMES, { id: programme.id, version: 1, set: [ids.VIOLENCE] }, 'CONFLICT');
    expect(stale).toMatchObject({ argument: 'version', currentVersion: 2 });
    await ok(THEMES, { id: programme.id, version: 2, set: [] });
    await ok('mutation ($id: ID!) { archiveProgramme(id: $id, version: 3) { id } }', { id: programme.id });
    await refused(THEMES, { id: programme.id, version: 4, set: [ids.WORK] }, 'NOT_FOUND');
  });

  it('writes countries, themes, sources, participants with grants, and an initiative municipalities and themes', async () => {
    const programme = await ok(CREATE_PROGRAMME, { input: { code: 'ALL', nameEn: 'All', published: true } });
    expect((await ok(COUNTRIES, { id: programme.id, version: 1, set: ['RS', 'NO'] })).countries).toEqual([
      { code: 'NO' },
      { code: 'RS' },
    ]);
    expect((await ok(THEMES, { id: programme.id, version: 2, set: [ids.WORK, ids.VIOLENCE] })).themes).toHaveLength(2);
    expect((await ok(SOURCES, { id: programme.id, version: 3, set: [ids.report] })).sources).toEqual([
      { key: 'report' },
    ]);
    const implemented = await ok(IMPLEMENTERS, {
      id: programme.id,
      version: 4,
      set: [{ organisation: ids.OTHER, role: 'TECHNICAL_SUPPORT' }],
    });
    expect(implemented.implementers).toEqual([{ organisation: { code: 'OTHER' }, role: 'TECHNICAL_SUPPORT' }]);
    await ok(PARTICIPANTS, {
      id: programme.id,
      version: 5,
      set: [{ municipality: ids.Home, grantAmount: 20000, grantCurrency: 'SEK', source: ids.page }],
    });
    const participants = await hub.query(
      '{ programme(code: "ALL") { participants { municipality { nameLocal } grant { amount currency } source { key } } } }',
      {},
      viewers.admin,
    );
    expect(participants.data!.programme.participants).toEqual([
      { municipality: { nameLocal: 'Home' }, grant: { amount: 20000, currency: 'SEK' }, source: { key: 'page' } },
    ]);

    const initiative = (
      await ok('mutation ($input: InitiativeInput!) { createInitiative(input: $input) { id } }', {
        input: { programme: programme.id, code: 'ALL-I', nameEn: 'All initiative', leadMunicipality: ids.Elsewhere },
      })
    ).id as string;
    const municipalities = await ok(INITIATIVE_MUNICIPALITIES, { id: initiative, version: 1, set: [ids.Home] });
    expect(municipalities).toMatchObject({ version: 2, municipalities: [{ nameLocal: 'Home' }] });
    expect((await ok(INITIATIVE_THEMES, { id: initiative, version: 2, set: [ids.WORK] })).themes).toEqual([
      { code: 'WORK' },
    ]);
    expect(await versionOf('initiative', 'ALL-I')).toBe(3);
  });

  it('checks each link an EDITOR adds, removes or changes against its scope at both ends, and never lets it write itself out', async () => {
    // PRIVATE: funded by FUNDER, implemented by IMPLEMENTER (the EDITOR's organisation).
    const id = ids.PRIVATE;
    const version = await versionOf('programme', 'PRIVATE');
    const funders = [{ organisation: ids.FUNDER, amount: 200, currency: 'EUR' }];
    const added = await refused(
      FUNDERS,
      { id, version, set: [...funders, { organisation: ids.OTHER }] },
      'FORBIDDEN',
      'editor',
    );
    expect(added).toMatchObject({ argument: 'funders', fields: [{ path: 'funders[1].organisation' }] });
    const removed = await refused(FUNDERS, { id, version, set: [] }, 'FORBIDDEN', 'editor');
    expect(removed.fields).toEqual([
      {
        path: 'funders',
        reason: 'removes the link to an Organisation that is not an organisation this token acts for.',
      },
    ]);
    const changed = await refused(FUNDERS, { id, version, set: [{ ...funders[0], amount: 1 }] }, 'FORBIDDEN', 'editor');
    expect(paths(changed)).toEqual(['funders[0].organisation']);
    // Its own organisation's role is its to change, but not to drop: it would lose the programme.
    const role = await ok(
      IMPLEMENTERS,
      { id, version, set: [{ organisation: ids.IMPLEMENTER, role: 'PARTNER' }] },
      'editor',
    );
    expect(role.implementers).toEqual([{ organisation: { code: 'IMPLEMENTER' }, role: 'PARTNER' }]);
    const out = await refused(IMPLEMENTERS, { id, version: version + 1, set: [] }, 'FORBIDDEN', 'editor');
    expect(out.fields).toBeUndefined();

    // Participants: a municipality outside its programmes stays ADMIN's to bring in; then the EDITOR sets its grant.
    const outside = await refused(
      PARTICIPANTS,
      { id, version: version + 1, set: [{ municipality: ids.Home }] },
      'FORBIDDEN',
      'editor',
    );
    expect(paths(outside)).toEqual(['participants[0].municipality']);
    await ok(PARTICIPANTS, { id, version: version + 1, set: [{ municipality: ids.Home }] });
    await ok(
      PARTICIPANTS,
      { id, version: version + 2, set: [{ municipality: ids.Home, grantAmount: 5, grantCurrency: 'EUR' }] },
      'editor',
    );

    // Not its programme at all: PUBLIC is OTHER's. Other roles never write.
    const publicVersion = await versionOf('programme', 'PUBLIC');
    await refused(THEMES, { id: ids.PUBLIC, version: publicVersion, set: [ids.WORK] }, 'FORBIDDEN', 'editor');
    for (const caller of ['reviewer', 'funderViewer', 'reporter'] as Caller[])
      await refused(THEMES, { id: ids.PUBLIC, version: publicVersion, set: [ids.WORK] }, 'FORBIDDEN', caller);
    await refused(THEMES, { id: ids.PUBLIC, version: publicVersion, set: [ids.WORK] }, 'UNAUTHENTICATED', 'anonymous');
  });

  it("hides funders' amounts in the history of a programme whose budget is unpublished, except from its funders", async () => {
    const id = ids.SECRET_BUDGET;
    await ok(FUNDERS, {
      id,
      version: await versionOf('programme', 'SECRET_BUDGET'),
      set: [{ organisation: ids.FUNDER, amount: 777, currency: 'EUR' }],
    });
    const amounts = async (caller: Caller) => {
      const history = await hub.query<{ history: { after: { funders?: { amount: number | null }[] } }[] }>(
        HISTORY,
        { id },
        viewers[caller],
      );
      return history.data!.history.flatMap((entry) => entry.after.funders ?? []).map((funder) => funder.amount);
    };
    expect(await amounts('funderViewer')).toEqual([777]);
    expect(await amounts('otherViewer')).toEqual([null]);
  });

  it('writes a set in a small, fixed number of SQL statements, whatever its size', async () => {
    const programme = await ok(CREATE_PROGRAMME, { input: { code: 'COUNT', nameEn: 'Count', published: true } });
    const statements = [];
    for (const [version, set] of [
      [1, [ids.Home]],
      [2, [ids.Home, ids.Elsewhere]],
    ] as const) {
      const result = await hub.query(
        PARTICIPANTS,
        { id: programme.id, version, set: set.map((municipality) => ({ municipality, source: ids.report })) },
        viewers.admin,
      );
      expect(result.errors).toBeUndefined();
      statements.push(result.statements);
    }
    expect(statements).toEqual([9, 9]);
  });
});
