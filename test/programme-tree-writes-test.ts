import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/auth/api-tokens';
import { Role } from '../src/entities/role.enum';
import type { Viewer } from '../src/auth/viewer';
import { toGlobalId } from '../src/schema/global-id';
import { buildAccessWorld, type Caller } from './support/access-fixture';
import { operation, send } from './support/hostile-http';
import { initScratchHub, type OperationResult, type TestHub } from './support/test-hub';

const CREATE = 'mutation ($input: ProgrammeInput!) { createProgramme(input: $input) { id version } }';
const UPDATE =
  'mutation ($id: ID!, $version: Int!, $input: ProgrammeInput!) { updateProgramme(id: $id, version: $version, input: $input) { id version } }';

describe('programme trees and successions: no cycles, and children only under programmes the caller may write', () => {
  let hub: TestHub;
  let viewers: Record<Caller, Viewer>;
  const ids: Record<string, string> = {};
  const rows = async <T>(query: string, params: unknown[] = []) => hub.orm.em.fork().execute<T[]>(query, params);
  const keyOf = (id: string) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]);
  const versionOf = async (code: string) =>
    (await rows<{ version: number }>('select version from programme where code = ?', [code]))[0].version;

  /** Creates programme `code` as ADMIN with `references` (`parent`, `successor`) and returns its global id. */
  const created = async (code: string, references: Record<string, string> = {}) => {
    const result = await hub.query(CREATE, { input: { code, nameEn: code, ...references } }, viewers.admin);
    expect(result.errors).toBeUndefined();
    return (ids[code] = result.data!.createProgramme.id as string);
  };
  /** Updates programme `code` at its current version, as `caller`, with `references` in its input. */
  const update = async (
    code: string,
    references: Record<string, string | null>,
    caller: Caller = 'admin',
  ): Promise<OperationResult> => {
    const [stored] = await rows<{ published: boolean; budget_published: boolean }>(
      'select published, budget_published from programme where code = ?',
      [code],
    );
    const input = {
      code,
      nameEn: code,
      published: stored.published,
      budgetPublished: stored.budget_published,
      ...references,
    };
    return hub.query(UPDATE, { id: ids[code], version: await versionOf(code), input }, viewers[caller]);
  };
  const refusedNaming = (result: OperationResult, code: string, path: string) => {
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, argument: 'input', fields: [{ path }] });
  };

  beforeAll(async () => {
    hub = await initScratchHub();
    viewers = await buildAccessWorld(hub.orm.em.fork());
    for (const row of await rows<{ code: string; id: number }>('select code, id from programme'))
      ids[row.code] = toGlobalId('Programme', row.id);
  });
  afterAll(() => hub.close());

  it('refuses a parent that is the programme itself or one below it, with BAD_USER_INPUT naming input.parent, and writes nothing', async () => {
    await created('ROOT');
    await created('CHILD', { parent: ids.ROOT });
    await created('GRANDCHILD', { parent: ids.CHILD });
    for (const parent of ['ROOT', 'CHILD', 'GRANDCHILD']) {
      const result = await update('ROOT', { parent: ids[parent] });
      refusedNaming(result, 'BAD_USER_INPUT', 'input.parent');
    }
    refusedNaming(await update('CHILD', { parent: ids.GRANDCHILD }), 'BAD_USER_INPUT', 'input.parent');
    expect(
      await rows(`select code, version, parent_id from programme where code in ('ROOT', 'CHILD') order by code`),
    ).toEqual([
      { code: 'CHILD', version: 1, parent_id: keyOf(ids.ROOT) },
      { code: 'ROOT', version: 1, parent_id: null },
    ]);
    // Moving a programme elsewhere in the tree, away from its own branch, is fine.
    expect((await update('GRANDCHILD', { parent: ids.ROOT })).errors).toBeUndefined();
  });

  it('refuses a successor that leads back to the programme, naming input.successor', async () => {
    await created('FIRST');
    await created('SECOND', { successor: ids.FIRST });
    refusedNaming(await update('FIRST', { successor: ids.FIRST }), 'BAD_USER_INPUT', 'input.successor');
    refusedNaming(await update('FIRST', { successor: ids.SECOND }), 'BAD_USER_INPUT', 'input.successor');
    expect(await versionOf('FIRST')).toBe(1);
  });

  it('of two concurrent updates that would close a cycle between them, writes exactly one', async () => {
    for (let round = 0; round < 5; round++) {
      const [left, right] = [await created(`LEFT-${round}`), await created(`RIGHT-${round}`)];
      const results = await Promise.all([
        update(`LEFT-${round}`, { parent: right }),
        update(`RIGHT-${round}`, { parent: left }),
      ]);
      expect(
        results.map((result) => result.errors?.[0]?.extensions?.code ?? 'written').sort(),
        `round ${round}`,
      ).toEqual(['BAD_USER_INPUT', 'written']);
      const parents = await rows<{ n: number }>(
        'select count(*)::int as n from programme where code in (?, ?) and parent_id is not null',
        [`LEFT-${round}`, `RIGHT-${round}`],
      );
      expect(parents).toEqual([{ n: 1 }]);
    }
  });

  it('refuses a cycle closed by the third of three updates in one operation over HTTP: each update sees the rows the ones before it wrote', async () => {
    const [upper, lower] = [await created('UPPER'), await created('LOWER')];
    expect((await update('LOWER', { parent: upper })).errors).toBeUndefined();
    const url = await hub.listen();
    const { secret } = await createApiToken(hub.orm.em.fork(), { name: 'tree admin', role: Role.ADMIN });
    const input = (code: string, parent: string | null) => ({
      code,
      nameEn: code,
      published: false,
      budgetPublished: false,
      parent,
    });
    const lowerVersion = await versionOf('LOWER');
    const response = await send(
      url,
      operation(
        `mutation ($lower: ID!, $upper: ID!, $lowerVersion: Int!, $lowerAgain: Int!, $upperVersion: Int!, $detach: ProgrammeInput!, $under: ProgrammeInput!, $back: ProgrammeInput!) {
        detach: updateProgramme(id: $lower, version: $lowerVersion, input: $detach) { version parent { code } }
        under: updateProgramme(id: $upper, version: $upperVersion, input: $under) { version parent { code } }
        back: updateProgramme(id: $lower, version: $lowerAgain, input: $back) { version parent { code } }
      }`,
        {
          lower,
          upper,
          lowerVersion,
          lowerAgain: lowerVersion + 1,
          upperVersion: await versionOf('UPPER'),
          detach: input('LOWER', null),
          under: input('UPPER', lower),
          back: input('LOWER', upper),
        },
        { authorization: `Bearer ${secret}` },
      ),
    );
    // The third update is refused; the mutation fields are non-null, so the refusal nulls `data`, while the first two stay written.
    expect(response.body?.errors).toHaveLength(1);
    expect(response.body?.errors?.[0]).toMatchObject({
      path: ['back'],
      extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.parent' }] },
    });
    expect(await rows(`select code, parent_id from programme where code in ('UPPER', 'LOWER') order by code`)).toEqual([
      { code: 'LOWER', parent_id: null },
      { code: 'UPPER', parent_id: keyOf(lower) },
    ]);
  });

  it('lets an EDITOR attach its programme under, or have it succeeded by, only a programme its organisations fund or implement', async () => {
    refusedNaming(await update('PRIVATE', { parent: ids.PUBLIC }, 'editor'), 'FORBIDDEN', 'input.parent');
    refusedNaming(await update('PRIVATE', { successor: ids.PUBLIC }, 'editor'), 'FORBIDDEN', 'input.successor');
    expect(await rows(`select version, parent_id, successor_id from programme where code = 'PRIVATE'`)).toEqual([
      { version: 1, parent_id: null, successor_id: null },
    ]);

    await created('OWN-PARENT');
    await rows(
      `insert into programme_implementer (programme_id, organisation_id, role) select ?, id, 'LEAD' from organisation where code = 'IMPLEMENTER'`,
      [keyOf(ids['OWN-PARENT'])],
    );
    expect((await update('PRIVATE', { parent: ids['OWN-PARENT'] }, 'editor')).errors).toBeUndefined();
    // Moving it from there to a foreign programme is refused too, and so is an ADMIN's child taken away from a foreign parent.
    refusedNaming(await update('PRIVATE', { parent: ids.PUBLIC }, 'editor'), 'FORBIDDEN', 'input.parent');
    expect((await update('PRIVATE', { parent: ids.PUBLIC })).errors).toBeUndefined();
    refusedNaming(await update('PRIVATE', { parent: null }, 'editor'), 'FORBIDDEN', 'input.parent');
    expect(await rows(`select parent_id from programme where code = 'PRIVATE'`)).toEqual([
      { parent_id: keyOf(ids.PUBLIC) },
    ]);
  });

  it('keeps a parent the EDITOR cannot read when its input leaves it null, and refuses changing it without describing it', async () => {
    await created('HIDDEN-PARENT');
    await rows(`update programme set parent_id = ? where code = 'PRIVATE'`, [keyOf(ids['HIDDEN-PARENT'])]);
    const read = await hub.query(
      `{ node(id: "${ids.PRIVATE}") { ... on Programme { parent { code } } } }`,
      {},
      viewers.editor,
    );
    expect(read.data!.node).toEqual({ parent: null });
    // Every update replaces all fields: the null it reads and sends back leaves the hidden parent as it is.
    expect((await update('PRIVATE', { parent: null }, 'editor')).errors).toBeUndefined();
    expect(await rows(`select parent_id from programme where code = 'PRIVATE'`)).toEqual([
      { parent_id: keyOf(ids['HIDDEN-PARENT']) },
    ]);
    // Naming another parent, even its own, is FORBIDDEN, and the answer says nothing of the hidden one.
    const moved = await update('PRIVATE', { parent: ids['OWN-PARENT'] }, 'editor');
    refusedNaming(moved, 'FORBIDDEN', 'input.parent');
    expect(moved.errors![0].message).not.toMatch(/names now|lies outside|HIDDEN/);
    expect(JSON.stringify(moved.errors![0].extensions)).not.toMatch(/names now|lies outside|HIDDEN/);
    // ADMIN clears it.
    expect((await update('PRIVATE', { parent: null })).errors).toBeUndefined();
    expect(await rows(`select parent_id from programme where code = 'PRIVATE'`)).toEqual([{ parent_id: null }]);
  });
});
