import { Client } from 'pg';
import { createDatabase, dropDatabase } from '../src/db/database-admin';
import { connectOrm, migrateToLatest } from '../src/db/orm';
import { benchDatabaseName, type BenchServer } from './bench-server';
import { copyRows } from './copy-rows';
import { fullShape, quickShape, syntheticDataset, SYNTHETIC_SOURCE_KEY } from './synthetic-dataset';

/** Which dataset to load, and whether to rebuild one that is already there. */
export interface DatasetRequest {
  observations: number;
  quick: boolean;
  fresh?: boolean;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Whether the database exists and holds the complete generated dataset (its source row names the count). */
async function holdsDataset(server: BenchServer, database: string, observations: number): Promise<boolean> {
  const exists = await withClient(
    server.adminUrl,
    async (client) => (await client.query('select 1 from pg_database where datname = $1', [database])).rowCount === 1,
  );
  if (!exists) return false;
  return withClient(server.urlFor(database), async (client) => {
    const found = await client
      .query<{ complete: boolean }>(
        `select (select count(*) from observation) = $2 and exists (select 1 from source where key = $1) as complete`,
        [SYNTHETIC_SOURCE_KEY, observations],
      )
      .catch(() => undefined);
    return found?.rows[0]?.complete === true;
  });
}

/**
 * Makes sure the benchmark database of this size holds its generated dataset, building it when
 * missing, incomplete or `fresh` is asked: drop, create, the app's migrations, then every table
 * by COPY. The observation table's indexes are dropped for the load and rebuilt after it, and
 * foreign keys are not checked row by row (the generator writes consistent keys). Returns the
 * database's URL, and the seconds the load took (0 when the dataset was already there).
 */
export async function ensureDataset(
  server: BenchServer,
  request: DatasetRequest,
  log: (line: string) => void,
): Promise<{ url: string; seconds: number }> {
  const database = benchDatabaseName(request.observations, request.quick);
  const url = server.urlFor(database);
  if (!request.fresh && (await holdsDataset(server, database, request.observations))) {
    log(`${database}: the dataset of ${request.observations} observations is there.`);
    return { url, seconds: 0 };
  }
  const started = Date.now();
  await dropDatabase(server.adminUrl, database);
  await createDatabase(server.adminUrl, database);
  const orm = await connectOrm(url);
  try {
    await migrateToLatest(orm);
  } finally {
    await orm.close();
  }
  const shape = (request.quick ? quickShape : fullShape)(request.observations);
  await withClient(url, async (client) => {
    await client.query(`set session_replication_role = replica; set maintenance_work_mem = '256MB'`);
    const indexes = await client.query<{ indexname: string; indexdef: string }>(
      `select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename = 'observation' and indexname <> 'observation_pkey'`,
    );
    for (const { indexname } of indexes.rows) await client.query(`drop index "${indexname}"`);
    for (const table of syntheticDataset(shape)) {
      const tableStarted = Date.now();
      const count = await copyRows(client, table);
      log(`${database}: ${table.table}: ${count} rows in ${((Date.now() - tableStarted) / 1000).toFixed(1)} s`);
    }
    const indexStarted = Date.now();
    for (const { indexdef } of indexes.rows) await client.query(indexdef);
    log(
      `${database}: ${indexes.rows.length} observation indexes rebuilt in ${((Date.now() - indexStarted) / 1000).toFixed(1)} s`,
    );
    const serialTables = await client.query<{ table_name: string }>(
      `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'id' and column_default like 'nextval%'`,
    );
    for (const { table_name: table } of serialTables.rows) {
      await client.query(
        `select setval(pg_get_serial_sequence($1, 'id'), coalesce((select max(id) from "${table}"), 0) + 1, false)`,
        [table],
      );
    }
    await client.query('vacuum analyze');
  });
  const seconds = (Date.now() - started) / 1000;
  log(`${database}: loaded in ${seconds.toFixed(1)} s.`);
  return { url, seconds };
}
