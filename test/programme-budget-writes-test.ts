import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { toGlobalId } from '../src/schema/global-id';
import { buildAccessWorld, type Caller } from './support/access-fixture';
import { initScratchHub, type TestHub } from './support/test-hub';

const CREATE_BUDGET =
  'mutation ($input: ProgrammeBudgetInput!) { createProgrammeBudget(input: $input) { id version periodStart periodEnd type status value { amount currency } source { key } programme { code } } }';
const UPDATE_BUDGET =
  'mutation ($id: ID!, $version: Int!, $input: ProgrammeBudgetInput!) { updateProgrammeBudget(id: $id, version: $version, input: $input) { id version value { amount } } }';
const ARCHIVE_BUDGET =
  'mutation ($id: ID!, $version: Int!) { archiveProgrammeBudget(id: $id, version: $version) { archivedAt } }';
const CREATE_DISBURSEMENT =
  'mutation ($input: DisbursementInput!) { createDisbursement(input: $input) { id version disbursedOn description value { amount currency } provider { code } receiver { code } } }';
const UPDATE_DISBURSEMENT =
  'mutation ($id: ID!, $version: Int!, $input: DisbursementInput!) { updateDisbursement(id: $id, version: $version, input: $input) { version } }';
const ARCHIVE_DISBURSEMENT =
  'mutation ($id: ID!, $version: Int!) { archiveDisbursement(id: $id, version: $version) { archivedAt } }';
const PROGRAMME_MONEY = `query ($code: String!) { programme(code: $code) {
  budgets { id periodStart type value { amount currency } }
  disbursements { id disbursedOn value { amount currency } provider { code } }
} }`;
const EVERY_PROGRAMME_MONEY =
  '{ programmes { nodes { code budgets { periodStart value { amount } source { key } } disbursements { value { amount } provider { code } receiver { code } source { key } } } } }';

describe('budgets per period and disbursements: written like the other records, their amounts under the budget rule', () => {
  let hub: TestHub;
  let viewers: Record<Caller, Viewer>;
  const ids: Record<string, string> = {};
  const rows = async <T>(query: string, params: unknown[] = []) => hub.orm.em.fork().execute<T[]>(query, params);
  const auditCount = async () => (await rows<{ n: number }>('select count(*)::int as n from audit_event'))[0].n;
  const run = (query: string, variables: Record<string, unknown>, caller: Caller = 'admin') =>
    hub.query(query, variables, viewers[caller]);
  const ok = async (query: string, variables: Record<string, unknown>, caller: Caller = 'admin') => {
    const result = await run(query, variables, caller);
    expect(result.errors, caller).toBeUndefined();
    return Object.values(result.data!)[0] as Record<string, any>;
  };
  const budget = (programme: string, overrides: Record<string, unknown> = {}) => ({
    programme: ids[programme],
    periodStart: '2030-01-01',
    periodEnd: '2030-12-31',
    type: 'ORIGINAL',
    status: 'COMMITTED',
    amount: 1000,
    currency: 'EUR',
    source: ids.source,
    ...overrides,
  });
  const disbursement = (programme: string, overrides: Record<string, unknown> = {}) => ({
    programme: ids[programme],
    disbursedOn: '2030-03-01',
    amount: 250,
    currency: 'EUR',
    provider: ids.FUNDER,
    source: ids.source,
    ...overrides,
  });

  beforeAll(async () => {
    hub = await initScratchHub();
    viewers = await buildAccessWorld(hub.orm.em.fork());
    for (const { id, code } of await rows<{ id: number; code: string }>('select id, code from programme'))
      ids[code] = toGlobalId('Programme', id);
    for (const { id, code } of await rows<{ id: number; code: string }>('select id, code from organisation'))
      ids[code] = toGlobalId('Organisation', id);
    ids.source = (
      await ok(
        'mutation { createSource(input: { key: "budget-2030", title: "Budget 2030", kind: REPORT }) { id } }',
        {},
      )
    ).id;
  });
  afterAll(() => hub.close());

  it('creates, updates at its version and archives a budget per period, one audit row a write', async () => {
    const before = await auditCount();
    const created = await ok(CREATE_BUDGET, { input: budget('PRIVATE', { amount: 1200.5, currency: 'SEK' }) });
    expect(created).toMatchObject({
      version: 1,
      periodStart: '2030-01-01',
      periodEnd: '2030-12-31',
      type: 'ORIGINAL',
      status: 'COMMITTED',
      value: { amount: 1200.5, currency: 'SEK' },
      source: { key: 'budget-2030' },
      programme: { code: 'PRIVATE' },
    });
    const updated = await ok(UPDATE_BUDGET, {
      id: created.id,
      version: 1,
      input: budget('PRIVATE', { type: 'REVISED', amount: 1300 }),
    });
    expect(updated).toMatchObject({ version: 2, value: { amount: 1300 } });
    const stale = await run(UPDATE_BUDGET, { id: created.id, version: 1, input: budget('PRIVATE') });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await auditCount()).toBe(before + 2);
    const [audit] = await rows<{ action: string; entity_type: string }>(
      'select action, entity_type from audit_event order by id desc limit 1',
    );
    expect(audit).toEqual({ action: 'UPDATE', entity_type: 'ProgrammeBudget' });

    const listed = await ok(PROGRAMME_MONEY, { code: 'PRIVATE' });
    expect(listed.budgets).toEqual([
      { id: created.id, periodStart: '2030-01-01', type: 'REVISED', value: { amount: 1300, currency: 'EUR' } },
    ]);
    expect((await ok(ARCHIVE_BUDGET, { id: created.id, version: 2 })).archivedAt).toBeTruthy();
    expect(await auditCount()).toBe(before + 3);
    expect((await ok(PROGRAMME_MONEY, { code: 'PRIVATE' })).budgets).toEqual([]);
    // An archived programme part no longer appears through node(id:) either.
    expect((await run('query ($id: ID!) { node(id: $id) { id } }', { id: created.id })).data?.node ?? null).toBeNull();
  });

  it('names every failing field: a period ending before it starts, a negative amount, a currency that is no ISO 4217 code', async () => {
    const before = await auditCount();
    const bad = await run(CREATE_BUDGET, {
      input: budget('PRIVATE', { periodStart: '2030-06-01', periodEnd: '2030-05-31', amount: -1, currency: 'sek' }),
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = bad.errors?.[0]?.extensions?.fields as { path: string; reason: string }[];
    expect(fields.map((field) => field.path).sort()).toEqual(['input.amount', 'input.currency', 'input.periodEnd']);
    expect(fields.find((field) => field.path === 'input.periodEnd')?.reason).toContain(
      '2030-05-31 is before periodStart 2030-06-01.',
    );
    const badDisbursement = await run(CREATE_DISBURSEMENT, {
      input: disbursement('PRIVATE', { amount: -5, currency: 'EURO', description: 'x'.repeat(2001) }),
    });
    expect(
      (badDisbursement.errors?.[0]?.extensions?.fields as { path: string }[]).map((field) => field.path).sort(),
    ).toEqual(['input.amount', 'input.currency', 'input.description']);
    // The provider is one of the programme's funders: OTHER funds PUBLIC, not PRIVATE.
    const notFunder = await run(CREATE_DISBURSEMENT, { input: disbursement('PRIVATE', { provider: ids.OTHER }) });
    expect(notFunder.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.provider', reason: 'is not one of the funders of `programme`.' }],
    });
    expect(await auditCount()).toBe(before);
  });

  it('refuses archived references: an archived source, an archived organisation', async () => {
    const spare = await ok(
      'mutation { createSource(input: { key: "spare", title: "Spare", kind: REPORT }) { id } }',
      {},
    );
    await ok('mutation ($id: ID!) { archiveSource(id: $id, version: 1) { archivedAt } }', { id: spare.id });
    const citing = await run(CREATE_BUDGET, { input: budget('PUBLIC', { source: spare.id }) });
    expect(citing.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.source' }],
    });
    const receiver = await ok(
      'mutation { createOrganisation(input: { code: "GONE", nameEn: "Gone", kind: NGO }) { id } }',
      {},
    );
    await ok('mutation ($id: ID!) { archiveOrganisation(id: $id, version: 1) { archivedAt } }', { id: receiver.id });
    const toArchived = await run(CREATE_DISBURSEMENT, { input: disbursement('PRIVATE', { receiver: receiver.id }) });
    expect(toArchived.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.receiver' }],
    });
    // A source a budget cites cannot be archived.
    const cited = await ok(CREATE_BUDGET, { input: budget('PUBLIC') });
    const archiveCited = await run('mutation ($id: ID!) { archiveSource(id: $id, version: 1) { archivedAt } }', {
      id: ids.source,
    });
    expect(archiveCited.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      references: [{ type: 'ProgrammeBudget', count: 1 }],
    });
    await ok(ARCHIVE_BUDGET, { id: cited.id, version: 1 });
  });

  it('lets ADMIN write anywhere and an EDITOR only in the programmes its organisations fund or implement', async () => {
    // EDITOR acts for IMPLEMENTER, which implements PRIVATE; it names FUNDER, which it does not act for, as the provider.
    const own = await ok(
      CREATE_DISBURSEMENT,
      { input: disbursement('PRIVATE', { receiver: ids.IMPLEMENTER }) },
      'editor',
    );
    expect(own).toMatchObject({ provider: { code: 'FUNDER' }, receiver: { code: 'IMPLEMENTER' } });
    await ok(
      UPDATE_DISBURSEMENT,
      { id: own.id, version: 1, input: disbursement('PRIVATE', { amount: 300 }) },
      'editor',
    );
    const elsewhere = await run(CREATE_BUDGET, { input: budget('PUBLIC') }, 'editor');
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const moved = await run(
      UPDATE_DISBURSEMENT,
      { id: own.id, version: 2, input: disbursement('SECRET_BUDGET') },
      'editor',
    );
    expect(moved.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const [caller, code] of [
      ['anonymous', 'UNAUTHENTICATED'],
      ['reviewer', 'FORBIDDEN'],
      ['funderViewer', 'FORBIDDEN'],
      ['reporter', 'FORBIDDEN'],
    ] as const) {
      const refused = await run(CREATE_BUDGET, { input: budget('PRIVATE') }, caller);
      expect(refused.errors?.[0]?.extensions?.code, caller).toBe(code);
    }
    expect((await ok(ARCHIVE_DISBURSEMENT, { id: own.id, version: 2 }, 'editor')).archivedAt).toBeTruthy();
  });

  it('hides the amounts of a programme whose budget is unpublished from callers who may not read it, in the field and in history', async () => {
    const secretBudget = await ok(CREATE_BUDGET, { input: budget('SECRET_BUDGET', { amount: 777 }) });
    const secretDisbursement = await ok(CREATE_DISBURSEMENT, { input: disbursement('SECRET_BUDGET', { amount: 55 }) });
    await ok(UPDATE_BUDGET, { id: secretBudget.id, version: 1, input: budget('SECRET_BUDGET', { amount: 778 }) });
    for (const caller of ['anonymous', 'otherViewer', 'reporter'] as const) {
      const result = await run(PROGRAMME_MONEY, { code: 'SECRET_BUDGET' }, caller);
      const programme = result.data!.programme as Record<string, any>;
      expect(
        programme.budgets.map((entry: { value: unknown }) => entry.value),
        caller,
      ).toEqual([null]);
      expect(
        programme.disbursements.map((entry: { value: unknown }) => entry.value),
        caller,
      ).toEqual([null]);
      expect(programme.disbursements[0].provider, caller).toEqual({ code: 'FUNDER' });
      expect(
        // The two fields resolve concurrently: their errors come in either order.
        result.errors?.map((error) => [error.extensions?.code, error.path?.slice(1).join('.')]).sort(),
        caller,
      ).toEqual([
        ['FORBIDDEN', 'budgets.0.value'],
        ['FORBIDDEN', 'disbursements.0.value'],
      ]);
      if (caller === 'anonymous') continue; // history needs a token
      for (const id of [secretBudget.id, secretDisbursement.id]) {
        const history = await run('query ($id: ID!) { history(id: $id) { before after } }', { id }, caller);
        expect(history.errors, caller).toBeUndefined();
        for (const entry of history.data!.history as {
          before: Record<string, unknown> | null;
          after: Record<string, unknown>;
        }[]) {
          expect(entry.after, caller).toMatchObject({ amount: null, currency: null });
          if (entry.before) expect(entry.before, caller).toMatchObject({ amount: null, currency: null });
        }
      }
    }
    for (const caller of ['admin', 'funderViewer'] as const) {
      const programme = await ok(PROGRAMME_MONEY, { code: 'SECRET_BUDGET' }, caller);
      expect(programme.budgets[0].value, caller).toEqual({ amount: 778, currency: 'EUR' });
      expect(programme.disbursements[0].value, caller).toEqual({ amount: 55, currency: 'EUR' });
      const history = await ok(
        'query ($id: ID!) { history(id: $id) { before after } }',
        { id: secretBudget.id },
        caller,
      );
      // The create and the update, in whichever order two writes of the same moment come.
      expect((history as unknown as { after: { amount: number } }[]).map((entry) => entry.after.amount).sort()).toEqual(
        [777, 778],
      );
    }
    // A published budget's amounts are everyone's.
    const open = await ok(CREATE_BUDGET, { input: budget('PUBLIC', { amount: 10 }) });
    const anonymous = await run(PROGRAMME_MONEY, { code: 'PUBLIC' }, 'anonymous');
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.programme.budgets).toEqual([
      { id: open.id, periodStart: '2030-01-01', type: 'ORIGINAL', value: { amount: 10, currency: 'EUR' } },
    ]);
  });

  it('reads the budgets and disbursements of every programme on a page in the same statements, however many there are', async () => {
    const counted = async () => {
      const result = await run(EVERY_PROGRAMME_MONEY, {});
      expect(result.errors).toBeUndefined();
      return result.statements;
    };
    const first = await counted();
    for (const programme of ['PUBLIC', 'PRIVATE', 'SECRET_BUDGET']) {
      for (const year of [2031, 2032, 2033])
        await ok(CREATE_BUDGET, {
          input: budget(programme, { periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` }),
        });
      const provider = programme === 'PUBLIC' ? ids.OTHER : ids.FUNDER;
      for (const day of ['2031-01-10', '2031-02-10'])
        await ok(CREATE_DISBURSEMENT, {
          input: disbursement(programme, { disbursedOn: day, provider, receiver: ids.IMPLEMENTER }),
        });
    }
    const result = await run(EVERY_PROGRAMME_MONEY, {});
    const programmes = (result.data!.programmes as { nodes: { budgets: unknown[]; disbursements: unknown[] }[] }).nodes;
    expect(programmes.map((programme) => programme.budgets.length).reduce((a, b) => a + b)).toBeGreaterThanOrEqual(9);
    expect(
      programmes.map((programme) => programme.disbursements.length).reduce((a, b) => a + b),
    ).toBeGreaterThanOrEqual(6);
    const after = await counted();
    console.log(
      `budgets and disbursements of every programme: ${first} SQL statements before, ${after} with 9 budgets and 6 disbursements more`,
    );
    expect(after).toBe(first);
    expect(first).toBeLessThanOrEqual(8);
  });
});
