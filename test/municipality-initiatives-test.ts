import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { toGlobalId } from '../src/schema/global-id';
import { buildAccessWorld } from './support/access-fixture';
import { initScratchHub, type TestHub } from './support/test-hub';

describe("a municipality's initiatives", () => {
  let hub: TestHub;
  let admin: Viewer;
  beforeAll(async () => {
    hub = await initScratchHub();
    admin = (await buildAccessWorld(hub.orm.em.fork())).admin;
  });
  afterAll(() => hub.close());

  it('are the same whether read from the municipality or filtered by it: those it takes part in and those it leads', async () => {
    const em = hub.orm.em.fork();
    const [home] = await em.execute<{ id: number }[]>(`select id from municipality where name_local = 'Home'`);
    // Home leads PUBLIC-I and takes part in PRIVATE-I.
    await em.execute(`update initiative set lead_municipality_id = ? where code = 'PUBLIC-I'`, [home.id]);
    await em.execute(
      `insert into initiative_municipality (initiative_id, municipality_id) select id, ? from initiative where code = 'PRIVATE-I'`,
      [home.id],
    );
    const id = toGlobalId('Municipality', home.id);
    const result = await hub.query<{
      node: { initiatives: { totalCount: number; nodes: { code: string }[] } };
      initiatives: { totalCount: number; nodes: { code: string }[] };
    }>(
      `query ($id: ID!) {
        node(id: $id) { ... on Municipality { initiatives { totalCount nodes { code } } } }
        initiatives(filter: { municipality: $id }) { totalCount nodes { code } }
      }`,
      { id },
      admin,
    );
    expect(result.errors).toBeUndefined();
    const expected = { totalCount: 2, nodes: [{ code: 'PRIVATE-I' }, { code: 'PUBLIC-I' }] };
    expect(result.data!.initiatives).toEqual(expected);
    expect(result.data!.node.initiatives).toEqual(expected);
  });
});
