import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { toGlobalId } from '../src/schema/global-id';
import { buildAccessWorld, type Caller } from './support/access-fixture';
import { initScratchHub, type TestHub } from './support/test-hub';

const HISTORY = 'query ($id: ID!) { history(id: $id) { action before after } }';

interface Entry {
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe('history shows a caller only what the field and row rules let it read', () => {
  let hub: TestHub;
  let viewers: Record<Caller, Viewer>;
  const ids: Record<string, number> = {};
  const rows = async <T>(query: string, params: unknown[] = []) => hub.orm.em.fork().execute<T[]>(query, params);

  const historyOf = async (type: string, id: number, caller: Caller): Promise<Entry[]> => {
    const result = await hub.query(HISTORY, { id: toGlobalId(type, id) }, viewers[caller]);
    expect(result.errors, caller).toBeUndefined();
    return result.data!.history as Entry[];
  };
  /** Runs a mutation as ADMIN and returns its one field, failing on errors. */
  const asAdmin = async (query: string, variables: Record<string, unknown>) => {
    const result = await hub.query(query, variables, viewers.admin);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0] as Record<string, any>;
  };
  const programmeVersion = async (code: string) =>
    (await rows<{ version: number }>('select version from programme where code = ?', [code]))[0].version;
  const UPDATE_PROGRAMME =
    'mutation ($id: ID!, $version: Int!, $input: ProgrammeInput!) { updateProgramme(id: $id, version: $version, input: $input) { version } }';

  beforeAll(async () => {
    hub = await initScratchHub();
    viewers = await buildAccessWorld(hub.orm.em.fork());
    const named = await rows<{ name: string; id: number }>(`
      select code as name, id from programme union all select code, id from organisation union all select code, id from working_group`);
    for (const row of named) ids[row.name] = row.id;
  });
  afterAll(() => hub.close());

  it('hides an unpublished budget from the callers whose `budget` answers FORBIDDEN', async () => {
    await asAdmin(UPDATE_PROGRAMME, {
      id: toGlobalId('Programme', ids.SECRET_BUDGET),
      version: await programmeVersion('SECRET_BUDGET'),
      input: {
        code: 'SECRET_BUDGET',
        nameEn: 'Secret budget',
        published: true,
        budgetPublished: false,
        budgetAmount: 350,
        budgetCurrency: 'EUR',
      },
    });
    for (const caller of ['editor', 'otherViewer', 'reporter'] as const) {
      const budget = await hub.query('{ programme(code: "SECRET_BUDGET") { budget { amount } } }', {}, viewers[caller]);
      expect(budget.errors?.[0]?.extensions?.code, caller).toBe('FORBIDDEN');
      const [update] = await historyOf('Programme', ids.SECRET_BUDGET, caller);
      expect(update.before, caller).toMatchObject({
        code: 'SECRET_BUDGET',
        budget_amount: null,
        budget_currency: null,
      });
      expect(update.after, caller).toMatchObject({ code: 'SECRET_BUDGET', budget_amount: null, budget_currency: null });
    }
    for (const caller of ['admin', 'funderViewer'] as const) {
      const [update] = await historyOf('Programme', ids.SECRET_BUDGET, caller);
      expect(update.before, caller).toMatchObject({ budget_amount: 300, budget_currency: 'EUR' });
      expect(update.after, caller).toMatchObject({ budget_amount: 350, budget_currency: 'EUR' });
    }
  });

  it('hides a budget that was published once from the callers who may no longer read it', async () => {
    await rows(
      `insert into programme (code, name_en, published, budget_published, budget_amount, budget_currency) values ('WAS_OPEN', 'Was open', true, true, 400, 'EUR')`,
    );
    const [{ id }] = await rows<{ id: number }>(`select id from programme where code = 'WAS_OPEN'`);
    await asAdmin(UPDATE_PROGRAMME, {
      id: toGlobalId('Programme', id),
      version: 1,
      input: {
        code: 'WAS_OPEN',
        nameEn: 'Was open',
        published: true,
        budgetPublished: false,
        budgetAmount: 400,
        budgetCurrency: 'EUR',
      },
    });
    const [update] = await historyOf('Programme', id, 'otherViewer');
    expect(update.before).toMatchObject({ budget_published: true, budget_amount: null });
    expect(update.after).toMatchObject({ budget_published: false, budget_amount: null });
  });

  it('hides the name a member had in a group whose names the caller may not read', async () => {
    const members =
      'mutation ($input: WorkingGroupMemberInput!) { createWorkingGroupMember(input: $input) { id version } }';
    const group = await asAdmin('mutation ($input: WorkingGroupInput!) { createWorkingGroup(input: $input) { id } }', {
      input: {
        code: 'OTHERS',
        nameEn: 'Others',
        organisation: toGlobalId('Organisation', ids.OTHER),
        programme: toGlobalId('Programme', ids.PUBLIC),
      },
    });
    const member = await asAdmin(members, {
      input: { workingGroup: group.id, name: 'Mira Mirić', role: 'GENDER_EXPERT' },
    });
    // The member moves to IMPLEMENTER's group under a new name: IMPLEMENTER reads the new one, not the old.
    await asAdmin(
      'mutation ($id: ID!, $version: Int!, $input: WorkingGroupMemberInput!) { updateWorkingGroupMember(id: $id, version: $version, input: $input) { version } }',
      {
        id: member.id,
        version: member.version,
        input: { workingGroup: toGlobalId('WorkingGroup', ids.GROUP), name: 'Vera Verić', role: 'GENDER_EXPERT' },
      },
    );
    const key = Number(Buffer.from(member.id, 'base64url').toString().split(':')[1]);
    for (const caller of ['editor', 'reviewer'] as const) {
      const history = await historyOf('WorkingGroupMember', key, caller);
      expect(JSON.stringify(history), caller).not.toContain('Mira');
      expect(
        history.map((entry) => [entry.before?.name, entry.after?.name]),
        caller,
      ).toEqual([
        [undefined, null],
        [null, 'Vera Verić'],
      ]);
    }
    const history = await historyOf('WorkingGroupMember', key, 'admin');
    expect(history.map((entry) => [entry.before?.name, entry.after?.name])).toEqual([
      [undefined, 'Mira Mirić'],
      ['Mira Mirić', 'Vera Verić'],
    ]);
    // Callers of neither group read the member's history, every name in it hidden.
    for (const caller of ['funderViewer', 'reporter'] as const) {
      const entries = await historyOf('WorkingGroupMember', key, caller);
      expect(
        entries.map((entry) => [entry.before?.name, entry.after?.name]),
        caller,
      ).toEqual([
        [undefined, null],
        [null, null],
      ]);
    }
  });

  it('runs as many statements for a long history as for a short one: versions, keys and field rules are checked in batches', async () => {
    const create = 'mutation ($input: ProgrammeInput!) { createProgramme(input: $input) { id version } }';
    const input = (code: string, n: number) => ({
      code,
      nameEn: `${code} ${n}`,
      published: true,
      budgetPublished: n % 2 === 0,
      budgetAmount: n,
      budgetCurrency: 'EUR',
      parent: toGlobalId('Programme', n % 2 === 0 ? ids.PRIVATE : ids.PUBLIC),
      successor: toGlobalId('Programme', ids.SECRET_BUDGET),
    });
    const statementsFor = async (code: string, versions: number) => {
      let written = await asAdmin(create, { input: input(code, 0) });
      for (let n = 1; n < versions; n++)
        written = {
          ...written,
          ...(await asAdmin(UPDATE_PROGRAMME, { id: written.id, version: written.version, input: input(code, n) })),
        };
      const history = await hub.query(HISTORY, { id: written.id }, viewers.funderViewer);
      expect(history.data!.history).toHaveLength(versions);
      return history.statements;
    };
    const [short, long] = [await statementsFor('SHORT', 2), await statementsFor('LONG', 40)];
    console.log(`history of 2 and of 40 versions: ${short} and ${long} SQL statements`);
    expect(long).toBe(short);
  });

  it('hides the key of an unpublished programme that a published one names, and the programme as it was before it was published', async () => {
    await asAdmin(UPDATE_PROGRAMME, {
      id: toGlobalId('Programme', ids.PUBLIC),
      version: await programmeVersion('PUBLIC'),
      input: {
        code: 'PUBLIC',
        nameEn: 'Public',
        published: true,
        budgetPublished: true,
        parent: toGlobalId('Programme', ids.PRIVATE),
        successor: toGlobalId('Programme', ids.PRIVATE),
      },
    });
    const parent = await hub.query(
      '{ programme(code: "PUBLIC") { parent { code } successor { code } } }',
      {},
      viewers.otherViewer,
    );
    expect(parent.data!.programme).toEqual({ parent: null, successor: null });
    for (const caller of ['otherViewer', 'reporter'] as const) {
      const [update] = await historyOf('Programme', ids.PUBLIC, caller);
      expect(update.after, caller).toMatchObject({ code: 'PUBLIC', parent_id: null, successor_id: null });
    }
    const [update] = await historyOf('Programme', ids.PUBLIC, 'funderViewer');
    expect(update.after).toMatchObject({ parent_id: ids.PRIVATE, successor_id: ids.PRIVATE });

    const created = await asAdmin(
      'mutation ($input: ProgrammeInput!) { createProgramme(input: $input) { id version } }',
      {
        input: { code: 'DRAFTED', nameEn: 'Drafted in private', published: false, budgetPublished: true },
      },
    );
    await asAdmin(UPDATE_PROGRAMME, {
      id: created.id,
      version: created.version,
      input: { code: 'DRAFTED', nameEn: 'Drafted', published: true, budgetPublished: true },
    });
    const history = await hub.query(HISTORY, { id: created.id }, viewers.otherViewer);
    expect(
      history.data!.history.map((entry: Entry) => [
        entry.action,
        entry.before?.name_en ?? null,
        entry.after?.name_en ?? null,
      ]),
    ).toEqual([
      ['CREATE', null, null],
      ['UPDATE', null, 'Drafted'],
    ]);
  });
});
