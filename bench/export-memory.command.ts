import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { dropDatabase } from '../src/db/database-admin';
import { findFreePort } from '../src/db/embedded-postgres-server';
import { HUB_NODE_FLAGS } from '../src/ops/node-flags';
import { LARGE_OBSERVATIONS } from './bench-options';
import { benchDatabaseName, openBenchServer } from './bench-server';
import { startChildServer } from './child-server';
import { ensureDataset } from './load-dataset';
import { residentMb, sampleResidentMemory } from './memory-sampler';

/** The database of this measurement: a copy of the large benchmark database, its values all of one indicator. */
const DATABASE = 'hub_bench_export';
/** The indicator holding every value: 849 municipalities times 2 356 days is 2 000 244 values. */
const INDICATOR = 'SYN_IND_001';
const DAYS = 2_356;
/** The memory target of a download of all values. */
const TARGET_MB = 300;
const say = (line: string) => process.stdout.write(`${line}\n`);

/** What one download measured. */
interface ExportRun {
  format: 'csv' | 'xlsx';
  bytes: number;
  seconds: number;
  idleMb: number;
  peakMb: number;
}

/** Fills DATABASE (when it does not hold them yet) with 2 000 244 approved values of INDICATOR, each with its source. */
async function ensureExportDatabase(adminUrl: string, url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  const held = await client
    .connect()
    // Complete when every value is the indicator's (one statement wrote them all, or none).
    .then(() =>
      client.query<{ n: string; others: string }>(
        `select count(*) as n, count(*) filter (where indicator_id <> (select id from indicator where code = $1)) as others
         from observation`,
        [INDICATOR],
      ),
    )
    .then(({ rows: [{ n, others }] }) => (Number(others) === 0 ? Number(n) : 0))
    .catch(() => 0)
    .finally(() => client.end().catch(() => undefined));
  if (held > 0) return held;
  say(`${DATABASE}: copying the benchmark database and writing the values (about a minute).`);
  await dropDatabase(adminUrl, DATABASE);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${DATABASE} template ${benchDatabaseName(LARGE_OBSERVATIONS, false)}`);
  } finally {
    await admin.end();
  }
  const fill = new Client({ connectionString: url });
  await fill.connect();
  try {
    await fill.query('truncate observation');
    await fill.query(
      `insert into observation (indicator_id, scope_kind, municipality_id, period_start, period_end, sex, kind, value,
         source_id, source_quote, review_status)
       select (select id from indicator where code = $1), 'MUNICIPALITY', m.id, date '2020-01-01' + d, date '2020-01-01' + d,
         'TOTAL', 'ACTUAL', round((random() * 100)::numeric, 4), (select min(id) from source),
         'Synthetic value, generated for benchmarking.', 'APPROVED'
       from municipality m cross join generate_series(0, $2 - 1) d`,
      [INDICATOR, DAYS],
    );
    await fill.query('vacuum analyze observation');
    return Number((await fill.query<{ n: string }>('select count(*) as n from observation')).rows[0].n);
  } finally {
    await fill.end();
  }
}

/** Downloads every value as `format` from a hub started for it alone (so its peak is this download's), as an anonymous client. */
async function measure(databaseUrl: string, format: ExportRun['format']): Promise<ExportRun> {
  const port = await findFreePort();
  const hub = await startChildServer({
    script: join(__dirname, '..', 'src', 'main.js'),
    nodeArgs: [...HUB_NODE_FLAGS],
    // No rate budget to wait for: the figures are of the export, not of the waits. The response cache is on, as by default.
    env: {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_POINTS: String(Number.MAX_SAFE_INTEGER),
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    logFile: join(tmpdir(), `hub-bench-export-${process.pid}.log`),
    url: `http://127.0.0.1:${port}`,
    readyUrl: `http://127.0.0.1:${port}/readyz`,
  });
  try {
    const idleMb = residentMb(hub.pid);
    const sampler = sampleResidentMemory(hub.pid, 250);
    try {
      const started = Date.now();
      const response = await fetch(`${hub.url}/export/observations.${format}?indicator=${INDICATOR}`);
      if (!response.ok || !response.body) throw new Error(`The download answered ${response.status}.`);
      let bytes = 0;
      for await (const chunk of response.body) bytes += (chunk as Uint8Array).byteLength;
      const seconds = (Date.now() - started) / 1000;
      const peakMb = Math.max(sampler.stop(), residentMb(hub.pid, 'VmHWM'));
      return { format, bytes, seconds, idleMb, peakMb };
    } finally {
      sampler.stop();
    }
  } finally {
    await hub.stop();
  }
}

function report(values: number, runs: ExportRun[], database: string): string {
  const mb = (value: number) => value.toFixed(0);
  return [
    `# Memory of a download of every value`,
    '',
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} cores, Node ${process.version}, ${database}.`,
    '',
    `\`npm run bench:export\`: the compiled hub (\`NODE_ENV=production\`, its default settings but an unlimited rate budget) ` +
      `on a copy of the benchmark database holding ${values.toLocaleString('en')} approved values of one indicator ` +
      `(849 municipalities times ${DAYS} days, each with its source), downloaded by an anonymous client as ` +
      `\`/export/observations.{csv,xlsx}?indicator=${INDICATOR}\`, each format from a hub started for it. Peak is the ` +
      `hub's resident memory (VmHWM of /proc/<pid>/status, and VmRSS sampled every 250 ms); idle is after start.`,
    '',
    '| format | values | file MB | seconds | values/s | idle MB | peak MB | target |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...runs.map(
      (run) =>
        `| ${run.format.toUpperCase()} | ${values.toLocaleString('en')} | ${mb(run.bytes / 1e6)} | ${run.seconds.toFixed(0)} | ` +
        `${Math.round(values / run.seconds).toLocaleString('en')} | ${mb(run.idleMb)} | ${mb(run.peakMb)} | ` +
        `< ${TARGET_MB} MB ${run.peakMb < TARGET_MB ? 'met' : 'MISSED'} |`,
    ),
    '',
  ].join('\n');
}

/** `npm run bench:export`: peak memory of the hub while it writes all 2 000 244 values of one indicator as CSV, then as XLSX. */
async function main(): Promise<void> {
  const server = await openBenchServer();
  try {
    await ensureDataset(server, { observations: LARGE_OBSERVATIONS, quick: false }, say);
    const url = server.urlFor(DATABASE);
    const values = await ensureExportDatabase(server.adminUrl, url);
    say(`${DATABASE}: ${values} values of ${INDICATOR} (a copy of ${benchDatabaseName(LARGE_OBSERVATIONS, false)}).`);
    const runs: ExportRun[] = [];
    for (const format of ['csv', 'xlsx'] as const) {
      const run = await measure(url, format);
      say(
        `${format}: ${(run.bytes / 1e6).toFixed(0)} MB in ${run.seconds.toFixed(0)} s, peak ${run.peakMb.toFixed(0)} MB`,
      );
      runs.push(run);
    }
    const directory = join(__dirname, '..', '..', 'bench', 'results');
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, 'export-memory.md'), report(values, runs, server.description));
    say('Written to bench/results/export-memory.md.');
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
