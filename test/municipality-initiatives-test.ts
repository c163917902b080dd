import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
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
    // It also takes part in the one it leads: listed once.
    await em.execute(
      `insert into initiative_municipality (initiative_id, municipality_id) select id, ? from initiative where code in ('PRIVATE-I', 'PUBLIC-I')`,
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

  it('read only the initiatives it is involved in, not every initiative (tuples PostgreSQL reads, among 20 000 others)', async () => {
    const em = hub.orm.em.fork();
    const [home] = await em.execute<{ id: number }[]>(`select id from municipality where name_local = 'Home'`);
    await em.execute(
      `insert into initiative (programme_id, code, name_en)
       select p.id, 'OTHER-' || n, 'Other initiative ' || n from programme p, generate_series(1, 20000) n where p.code = (select p2.code from programme p2 join initiative i on i.programme_id = p2.id where i.code = 'PUBLIC-I')`,
    );
    await em.execute('analyze initiative');
    await em.execute('analyze initiative_municipality');
    // A connection of its own: the statistics of the hub's connections are read after they end.
    const observer = new Client({ connectionString: hub.orm.config.getClientUrl() });
    await observer.connect();
    /** Tuples of `initiative` read by scans so far, as PostgreSQL's statistics have them. */
    const tuplesRead = async () => {
      const { rows } = await observer.query<{ tuples: string }>(
        `select pg_stat_clear_snapshot(), coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) as tuples from pg_stat_user_tables where relname = 'initiative'`,
      );
      return Number(rows[0].tuples);
    };
    /**
     * Ends the hub's connections to this database and waits until they are gone: a connection
     * reports what it read as it ends (at other times up to seconds later); the pool opens new ones.
     */
    const endHubConnections = async () => {
      const hubs = `from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
      await observer.query(`select pg_terminate_backend(pid) ${hubs}`);
      for (let waited = 0; waited < 10_000; waited += 50) {
        const { rows } = await observer.query<{ n: number }>(`select count(*)::int as n ${hubs}`);
        if (rows[0].n === 0) return;
        await sleep(50);
      }
      throw new Error("The hub's connections did not end within 10 s.");
    };
    const id = toGlobalId('Municipality', home.id);
    for (const query of [
      `query ($id: ID!) { node(id: $id) { ... on Municipality { initiatives { totalCount nodes { code } } } } }`,
      `query ($id: ID!) { initiatives(filter: { municipality: $id }) { totalCount nodes { code } } }`,
    ]) {
      await endHubConnections();
      const before = await tuplesRead();
      const result = await hub.query(query, { id }, admin);
      expect(result.errors).toBeUndefined();
      expect(JSON.stringify(result.data)).toContain('"totalCount":2');
      await endHubConnections();
      const read = (await tuplesRead()) - before;
      expect(read, query).toBeGreaterThan(0);
      expect(read, query).toBeLessThan(100);
    }
    await observer.end();
  }, 60_000);
});
