import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAccount } from '../src/auth/accounts';
import { Role } from '../src/entities/role.enum';
import { toGlobalId } from '../src/schema/global-id';
import { buildAccessWorld } from './support/access-fixture';
import { bodyOf, expectOneError } from './support/expect-error';
import { graphqlAs, signIn, type BrowserSession } from './support/browser-session';
import { initScratchHub, type TestHub } from './support/test-hub';

const PASSWORD = 'correct horse battery staple';
const ACCOUNT = 'id role disabled version municipalities { nameLocal }';
const UPDATE = `mutation ($id: ID!, $version: Int, $input: AccessFields!) { updateAccount(id: $id, version: $version, input: $input) { ${ACCOUNT} } }`;
const DISABLE = `mutation ($id: ID!, $version: Int) { disableAccount(id: $id, version: $version) { ${ACCOUNT} } }`;
const ENABLE = `mutation ($id: ID!, $version: Int) { enableAccount(id: $id, version: $version) { ${ACCOUNT} } }`;

describe('account versions: of two administrators changing one account, a change from a stale version is CONFLICT', () => {
  let hub: TestHub;
  let admin: BrowserSession;
  let home: string;

  const ask = async (query: string, variables: Record<string, unknown> = {}) =>
    bodyOf(await graphqlAs(admin, query, variables));
  const sql = <Row>(statement: string, bindings: unknown[] = []) =>
    hub.orm.em.fork().getConnection().execute<Row[]>(statement, bindings);
  /** The account's stored row and how many audit rows it has. */
  const stored = async (email: string) => {
    const [row] = await sql<{ id: number; role: string; disabled: boolean; version: number; audits: string }>(
      `select a.id, a.role, a.disabled_at is not null as disabled, a.version,
         (select count(*) from audit_event e where e.entity_type = 'Account' and e.entity_id = a.id) as audits
       from account a where a.email = ?`,
      [email],
    );
    return { ...row, audits: Number(row.audits) };
  };
  const newAccount = async (email: string) => {
    const key = await insertAccount(hub.orm.em.fork(), { email, role: Role.ADMIN });
    return toGlobalId('Account', key);
  };

  beforeAll(async () => {
    hub = await initScratchHub();
    await buildAccessWorld(hub.orm.em.fork());
    const origin = new URL(await hub.listen()).origin;
    await insertAccount(hub.orm.em.fork(), { email: 'admin@example.org', role: Role.ADMIN, password: PASSWORD });
    admin = await signIn(origin, 'admin@example.org', PASSWORD);
    const [row] = await sql<{ id: number }>(`select id from municipality where name_local = 'Home'`);
    home = toGlobalId('Municipality', row.id);
  });
  afterAll(() => hub.close());

  it('lists accounts at version 1 when made', async () => {
    await newAccount('fresh@example.org');
    const { accounts } = (await ask('{ accounts { email version } }')).data!;
    expect(accounts).toContainEqual({ email: 'fresh@example.org', version: 1 });
  });

  it('applies a change from the current version and raises it by one; a stale version is CONFLICT naming `version` and writes nothing', async () => {
    const id = await newAccount('stale@example.org');
    const updated = await ask(UPDATE, { id, version: 1, input: { role: 'REPORTER', municipalities: [home] } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateAccount).toMatchObject({
      role: 'REPORTER',
      version: 2,
      municipalities: [{ nameLocal: 'Home' }],
    });
    const before = await stored('stale@example.org');
    expect(before).toMatchObject({ role: 'REPORTER', disabled: false, version: 2, audits: 1 });

    for (const [query, variables] of [
      [UPDATE, { id, version: 1, input: { role: 'ADMIN' } }],
      [DISABLE, { id, version: 1 }],
      [ENABLE, { id, version: 3 }],
    ] as const) {
      const refused = await ask(query, variables);
      expectOneError(refused.errors, 'CONFLICT', 'version');
      expect(refused.errors![0].extensions).toMatchObject({ argument: 'version', currentVersion: 2 });
      expect(refused.data).toBeNull();
      expect(await stored('stale@example.org')).toEqual(before);
    }

    const disabled = await ask(DISABLE, { id, version: 2 });
    expect(disabled.data!.disableAccount).toMatchObject({ disabled: true, version: 3 });
    const enabled = await ask(ENABLE, { id, version: 3 });
    expect(enabled.data!.enableAccount).toMatchObject({ disabled: false, version: 4 });
    expect(await stored('stale@example.org')).toMatchObject({ disabled: false, version: 4, audits: 3 });
  });

  it('applies a change sent without a version to whatever is current, and still raises the version', async () => {
    const id = await newAccount('unversioned@example.org');
    await sql(`update account set version = 7 where email = 'unversioned@example.org'`);
    const updated = await ask(UPDATE, { id, input: { role: 'REPORTER', municipalities: [home] } });
    expect(updated.data!.updateAccount).toMatchObject({ role: 'REPORTER', version: 8 });
    expect((await ask(DISABLE, { id })).data!.disableAccount).toMatchObject({ disabled: true, version: 9 });
    expect((await ask(ENABLE, { id, version: null })).data!.enableAccount).toMatchObject({
      disabled: false,
      version: 10,
    });
    expect(await stored('unversioned@example.org')).toMatchObject({ version: 10, audits: 3 });
  });

  it('answers NOT_FOUND, not CONFLICT, for an account that does not exist', async () => {
    const missing = await ask(DISABLE, { id: toGlobalId('Account', 999_999), version: 1 });
    expectOneError(missing.errors, 'NOT_FOUND', 'id');
  });

  it('lets exactly one of two concurrent changes from one version win, round after round', async () => {
    const id = await newAccount('contested@example.org');
    const inputs = [{ role: 'ADMIN' }, { role: 'REPORTER', municipalities: [home] }];
    for (let round = 0; round < 5; round++) {
      const before = await stored('contested@example.org');
      // Each round, one change of the role races one of the role or the disabling.
      const second = round % 2 === 0 ? ask(DISABLE, { id, version: before.version }) : null;
      const answers = await Promise.all([
        ask(UPDATE, { id, version: before.version, input: inputs[round % 2] }),
        second ?? ask(UPDATE, { id, version: before.version, input: inputs[(round + 1) % 2] }),
      ]);
      const won = answers.filter((answer) => answer.errors === undefined);
      const lost = answers.filter((answer) => answer.errors !== undefined);
      expect(won, `round ${round}`).toHaveLength(1);
      expect(lost, `round ${round}`).toHaveLength(1);
      expect(lost[0].errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        argument: 'version',
        currentVersion: before.version + 1,
      });
      const winner = Object.values(won[0].data!)[0] as { role: string; disabled: boolean; version: number };
      expect(winner.version).toBe(before.version + 1);
      const after = await stored('contested@example.org');
      expect(after).toMatchObject({
        role: winner.role,
        disabled: winner.disabled,
        version: before.version + 1,
        audits: before.audits + 1,
      });
      if (after.disabled) await ask(ENABLE, { id, version: after.version });
    }
  });
});
