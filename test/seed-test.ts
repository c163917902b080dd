import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../src/seed/seed-database';
import { createScratchDatabase, initTestHub, type TestHub } from './support/test-hub';

/** Row counts of every table, and one checksum over all their contents. */
async function snapshot(url: string): Promise<{ counts: Record<string, number>; checksum: string }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'public' and table_name <> 'mikro_orm_migrations' order by 1`,
    );
    const counts: Record<string, number> = {};
    const digests: string[] = [];
    for (const { name } of tables.rows) {
      const result = await client.query<{ n: string; digest: string | null }>(
        `select count(*) as n, md5(string_agg(t::text, '|' order by t::text)) as digest from "${name}" t`,
      );
      counts[name] = Number(result.rows[0].n);
      digests.push(`${name}:${result.rows[0].digest}`);
    }
    return { counts, checksum: digests.join(',') };
  } finally {
    await client.end();
  }
}

describe('the seed', () => {
  let hub: TestHub;
  let database: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    database = await createScratchDatabase();
    hub = await initTestHub(database.url);
  });
  afterAll(async () => {
    await hub.close();
    await database.drop();
  });

  it('fills an empty database, and a second run creates and changes nothing', async () => {
    const first = await seedDatabase(hub.orm.em.fork());
    expect(first.created).toBeGreaterThan(100);
    const before = await snapshot(database.url);
    expect(before.counts.programme).toBeGreaterThanOrEqual(5);
    const second = await seedDatabase(hub.orm.em.fork());
    expect(second.created).toBe(0);
    const after = await snapshot(database.url);
    expect(after).toEqual(before);
  });
});
