import { Client } from 'pg';

/** The databases on the server whose names start with this run's prefix: the only ones it may drop. */
export async function listOwnDatabases(adminUrl: string, prefix: string): Promise<string[]> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const result = await client.query<{ datname: string }>(
      'select datname from pg_database where starts_with(datname, $1)',
      [prefix],
    );
    return result.rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
}
