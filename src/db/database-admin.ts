import { Client } from 'pg';

/** Runs one statement on a server's maintenance database and disconnects. */
async function onServer(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Creates `database` on the server behind `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database ${quoteIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** Creates a new database; fails when it exists. */
export async function createDatabase(adminUrl: string, database: string): Promise<void> {
  await onServer(adminUrl, `create database ${quoteIdentifier(database)}`);
}

/** Drops a database this process created, closing any connection still open to it. */
export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  await onServer(adminUrl, `drop database if exists ${quoteIdentifier(database)} with (force)`);
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
