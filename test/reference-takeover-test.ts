import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { toGlobalId } from '../src/schema/global-id';
import { buildAccessWorld, type Caller } from './support/access-fixture';
import { initScratchHub, type OperationResult, type TestHub } from './support/test-hub';

/** The three mutations of a type, asking for `fields` back. */
const operations = (type: string, fields: string) => ({
  create: `mutation ($input: ${type}Input!) { create${type}(input: $input) { id version ${fields} } }`,
  update: `mutation ($id: ID!, $version: Int!, $input: ${type}Input!) { update${type}(id: $id, version: $version, input: $input) { id version ${fields} } }`,
});
const GROUPS = operations('WorkingGroup', 'code organisation { code }');
const MEMBERS = operations('WorkingGroupMember', 'role');
const MEMBER_NAMES = 'query ($code: String!) { workingGroup(code: $code) { members { role name } } }';

describe('an EDITOR moves a reference only between records of its scope, and no list follows a field the caller cannot read', () => {
  let hub: TestHub;
  let viewers: Record<Caller, Viewer>;
  const ids: Record<string, string> = {};
  const rows = async <T>(query: string, params: unknown[] = []) => hub.orm.em.fork().execute<T[]>(query, params);
  const auditCount = async () => (await rows<{ n: number }>('select count(*)::int as n from audit_event'))[0].n;
  const codeOf = (result: OperationResult) => result.errors?.[0]?.extensions?.code;

  /** Runs a mutation as `caller` and returns its one field, failing on errors. */
  const ok = async (query: string, variables: Record<string, unknown>, caller: Caller = 'admin') => {
    const result = await hub.query(query, variables, viewers[caller]);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0] as Record<string, any>;
  };
  /** Runs a write as the EDITOR and expects FORBIDDEN naming `path`, with nothing written. */
  const refused = async (query: string, variables: Record<string, unknown>, path: string) => {
    const before = await auditCount();
    const result = await hub.query(query, variables, viewers.editor);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', argument: 'input', fields: [{ path }] });
    expect(await auditCount()).toBe(before);
  };

  beforeAll(async () => {
    hub = await initScratchHub();
    viewers = await buildAccessWorld(hub.orm.em.fork());
    const named = await rows<{ type: string; name: string; id: number }>(`
      select 'Programme' as type, code as name, id from programme union all
      select 'Organisation', code, id from organisation union all
      select 'Municipality', name_local, id from municipality`);
    for (const row of named) ids[row.name] = toGlobalId(row.type, row.id);
  });
  afterAll(() => hub.close());

  it('refuses an EDITOR taking over a working group another organisation runs in its programme: FORBIDDEN, nothing written, the names still hidden', async () => {
    const group = await ok(GROUPS.create, {
      input: { code: 'WG-FUNDER', nameEn: 'Funder group', organisation: ids.FUNDER, programme: ids.PRIVATE },
    });
    await ok(MEMBERS.create, { input: { workingGroup: group.id, name: 'Vera Verić', role: 'MANAGER' } });
    expect(codeOf(await hub.query(MEMBER_NAMES, { code: 'WG-FUNDER' }, viewers.editor))).toBe('FORBIDDEN');

    const takeover = {
      code: 'WG-FUNDER',
      nameEn: 'Funder group',
      organisation: ids.IMPLEMENTER,
      programme: ids.PRIVATE,
    };
    await refused(GROUPS.update, { id: group.id, version: 1, input: takeover }, 'input.organisation');
    expect(
      await rows(
        `select w.version, o.code from working_group w join organisation o on o.id = w.organisation_id where w.code = 'WG-FUNDER'`,
      ),
    ).toEqual([{ version: 1, code: 'FUNDER' }]);
    const names = await hub.query(MEMBER_NAMES, { code: 'WG-FUNDER' }, viewers.editor);
    expect(codeOf(names)).toBe('FORBIDDEN');
    expect(JSON.stringify(names)).not.toContain('Vera');

    // A reference left as it is stays writable: the EDITOR still renames the group of its programme.
    const renamed = await ok(
      GROUPS.update,
      { id: group.id, version: 1, input: { ...takeover, nameEn: 'Renamed', organisation: ids.FUNDER } },
      'editor',
    );
    expect(renamed.organisation.code).toBe('FUNDER');
  });

  it('refuses an EDITOR handing its own group, or a new one, to an organisation it does not act for', async () => {
    const own = await ok(
      GROUPS.create,
      { input: { code: 'WG-OWN', nameEn: 'Own', organisation: ids.IMPLEMENTER, programme: ids.PRIVATE } },
      'editor',
    );
    await refused(
      GROUPS.update,
      {
        id: own.id,
        version: 1,
        input: { code: 'WG-OWN', nameEn: 'Own', organisation: ids.OTHER, programme: ids.PRIVATE },
      },
      'input.organisation',
    );
    await refused(
      GROUPS.create,
      { input: { code: 'WG-GIFT', nameEn: 'Gift', organisation: ids.OTHER, programme: ids.PRIVATE } },
      'input.organisation',
    );
    expect(await rows(`select code, version from working_group where code in ('WG-OWN', 'WG-GIFT')`)).toEqual([
      { code: 'WG-OWN', version: 1 },
    ]);
  });

  it("refuses an EDITOR making a municipality outside its programmes lead an initiative, which would show it that municipality's unreviewed values", async () => {
    const input = {
      programme: ids.PRIVATE,
      code: 'LED-ELSEWHERE',
      nameEn: 'Led elsewhere',
      leadMunicipality: ids.Elsewhere,
    };
    await refused(operations('Initiative', 'code').create, { input }, 'input.leadMunicipality');
    const values = await hub.query(
      '{ observations(filter: { reviewStatuses: [SUBMITTED] }) { nodes { scope { ... on Municipality { nameLocal } } } } }',
      {},
      viewers.editor,
    );
    expect(JSON.stringify(values.data)).not.toContain('Elsewhere');
  });

  it("lists a group's members in the order they were added, so their position does not give away names the caller may not read", async () => {
    const group = await ok(GROUPS.create, {
      input: { code: 'WG-ORDER', nameEn: 'Order', organisation: ids.IMPLEMENTER, programme: ids.PUBLIC },
    });
    await ok(MEMBERS.create, { input: { workingGroup: group.id, name: 'Zora Zorić', role: 'MANAGER' } });
    await ok(MEMBERS.create, { input: { workingGroup: group.id, name: 'Ana Anić', role: 'POLITICIAN' } });
    for (const caller of ['otherViewer', 'anonymous', 'admin'] as const) {
      const result = await hub.query('{ workingGroup(code: "WG-ORDER") { members { role } } }', {}, viewers[caller]);
      expect(
        result.data!.workingGroup.members.map((member: { role: string }) => member.role),
        caller,
      ).toEqual(['MANAGER', 'POLITICIAN']);
    }
  });
});
