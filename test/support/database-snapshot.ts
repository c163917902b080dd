import { Client } from 'pg';

/** What a database holds: the row count of every table, and a digest of all rows. */
export interface DatabaseSnapshot {
  counts: Record<string, number>;
  checksum: string;
}

/**
 * Row counts and an md5 of every table's rows (in a stable order) of the database at `url`,
 * migrations bookkeeping left out: two equal snapshots mean nothing was written in between.
 */
export async function snapshotDatabase(url: string): Promise<DatabaseSnapshot> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'mikro_orm_migrations' order by 1`,
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
