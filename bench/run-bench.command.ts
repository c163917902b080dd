import 'reflect-metadata';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { findFreePort } from '../src/db/embedded-postgres-server';
import { HUB_NODE_FLAGS } from '../src/ops/node-flags';
import { LARGE_OBSERVATIONS, parseBenchOptions, QUICK_OBSERVATIONS, SMALL_OBSERVATIONS } from './bench-options';
import type { BenchResult, Machine, MixedResult } from './bench-result';
import { openBenchServer } from './bench-server';
import { startChildServer, type ChildServer } from './child-server';
import { HUB_ENV } from './hub-env';
import { hubSqlCounts } from './hub-sql-counts';
import { waitUntilIdle } from './idle-wait';
import { ensureDataset } from './load-dataset';
import { runLoad, runMixedLoad, type LoadResult, type RunLength } from './load-run';
import { fetchAnswer, firstDifference } from './matching-answers';
import { processTree, sampleResidentMemory } from './memory-sampler';
import { benchOperations } from './operations';
import type { BenchOperation } from './operations/bench-operation';
import { markdownReport, writeReport } from './report';
import { describeMix, mixedOperations } from './traffic-mix';

const CONCURRENCIES = [1, 32];
/**
 * How long each load run lasts: 8 s; in a quick run, two requests per connection, however long
 * they take, and at least `cycle` (the traffic mix's length, so each of its requests is sent).
 */
const FULL_RUN: RunLength = { seconds: 8 };
const quickRun = (concurrency: number, cycle = 0): RunLength => ({ requests: Math.max(2 * concurrency, cycle) });
const say = (line: string) => process.stdout.write(`${line}\n`);

async function machineOf(databaseUrl: string, description: string): Promise<Machine> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const version = (await client.query<{ v: string }>(`select split_part(version(), ' on ', 1) as v`)).rows[0].v;
  await client.end();
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: totalmem() / 1024 ** 3,
    node: process.version,
    postgres: version,
    database: description,
  };
}

/** Fetches the operation's answer from the hub and from the floor and fails, with the first difference, unless `data` is the same. */
async function checkAnswers(operation: BenchOperation, hubUrl: string, floorUrl: string): Promise<void> {
  const hub = await fetchAnswer(hubUrl, hubBody(operation));
  const floor = await fetchAnswer(floorUrl, floorBody(operation));
  const difference = firstDifference(hub.data, floor.data);
  if (difference) throw new Error(`${operation.name}: the hub's answer is not the floor's.\n${difference}`);
}

const hubBody = (operation: BenchOperation) =>
  JSON.stringify({ query: operation.query, variables: operation.variables, operationName: operation.operationName });
const floorBody = (operation: BenchOperation) => JSON.stringify({ variables: operation.variables });

/** The two servers under test on one dataset, and the connection that watches PostgreSQL go idle. */
interface ServersUnderTest {
  hub: ChildServer;
  /** The hub's processes: 1, or the workers of a clustered hub (`--workers N`), which the reports label so. */
  hubProcesses: number;
  floor: ChildServer;
  metricsUrl: string;
  poller: Client;
}

/** The figures of one comparison, without what it ran (its dataset, concurrency and operations). */
type Comparison = Omit<MixedResult, 'observations' | 'concurrency'>;

/**
 * Loads the hub, then the floor, each from idle: waits for idle, loads the hub, waits until the
 * hub has answered what it accepted and is idle again (its memory sampled until then, its SQL
 * statements counted over `operationNames` after it), then loads the floor.
 */
async function compare(
  servers: ServersUnderTest,
  operationNames: string[],
  loadHub: () => Promise<LoadResult>,
  loadFloor: () => Promise<LoadResult>,
): Promise<Comparison> {
  // A clustered hub's primary and workers: idle means all of them, and its memory is their sum.
  const pids = [...processTree(servers.hub.pid), servers.floor.pid];
  const hubIdle = await waitUntilIdle(pids, servers.poller);
  const before = await hubSqlCounts(servers.metricsUrl, operationNames);
  const hubMemory = sampleResidentMemory(servers.hub.pid, 50, true);
  const measured = await loadHub();
  const floorIdle = await waitUntilIdle(pids, servers.poller);
  const peakRssMb = hubMemory.stop();
  const after = await hubSqlCounts(servers.metricsUrl, operationNames);
  const floorMemory = sampleResidentMemory(servers.floor.pid);
  const floorMeasured = await loadFloor();
  const floorPeakRssMb = floorMemory.stop();
  return {
    hubProcesses: servers.hubProcesses,
    rps: measured.rps,
    p50Ms: measured.p50Ms,
    p99Ms: measured.p99Ms,
    floorRps: floorMeasured.rps,
    floorP50Ms: floorMeasured.p50Ms,
    floorP99Ms: floorMeasured.p99Ms,
    ratio: measured.p50Ms / floorMeasured.p50Ms,
    sqlPerRequest: (after.statements - before.statements) / (after.requests - before.requests),
    peakRssMb,
    floorPeakRssMb,
    idleWait: { hub: hubIdle, floor: floorIdle },
  };
}

const idleNote = (comparison: Comparison) =>
  (['hub', 'floor'] as const)
    .filter((server) => comparison.idleWait[server].timedOut)
    .map((server) => `; NOT idle before the ${server}'s run`)
    .join('');

/**
 * The hub's environment for `--workers N` beyond 1: WEB_CONCURRENCY, and the REDIS_URL of the
 * bench's environment (a clustered hub needs it) under a key prefix of this run's own.
 */
function clusterEnv(workers: number): Record<string, string> {
  if (workers === 1) return {};
  const redisUrl = process.env.REDIS_URL;
  if (!redisUrl)
    throw new Error(`--workers ${workers} needs REDIS_URL: a clustered hub shares its limits through Redis.`);
  return { WEB_CONCURRENCY: String(workers), REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `hub-bench-${process.pid}:` };
}

/** Waits (up to a minute) until the clustered hub's primary has all its workers. */
async function allWorkersServe(primary: number, workers: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (processTree(primary).length < workers + 1) {
    if (Date.now() > deadline) throw new Error(`The hub did not start ${workers} workers within a minute.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Runs the operations on one dataset: the hub and the floor, each its own process, answers
 * compared first, then loaded; with all five operations, also the traffic mix.
 */
async function benchDataset(
  databaseUrl: string,
  observations: number,
  operations: BenchOperation[],
  quick: boolean,
  logFile: string,
  workers: number,
): Promise<{ results: BenchResult[]; mixed: MixedResult[] }> {
  const port = await findFreePort();
  const hub = await startChildServer({
    script: join(__dirname, '..', 'src', 'main.js'),
    nodeArgs: [...HUB_NODE_FLAGS],
    env: { ...HUB_ENV, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', ...clusterEnv(workers) },
    logFile,
    url: `http://127.0.0.1:${port}/graphql`,
    readyUrl: `http://127.0.0.1:${port}/readyz`,
  });
  const floor = await startChildServer({
    script: join(__dirname, 'floor-server.js'),
    env: { DATABASE_URL: databaseUrl },
    logFile,
  });
  const poller = new Client({ connectionString: databaseUrl });
  await poller.connect();
  if (workers > 1) await allWorkersServe(hub.pid, workers);
  const servers: ServersUnderTest = {
    hub,
    hubProcesses: workers,
    floor,
    metricsUrl: hub.url.replace(/\/graphql$/, '/metrics'),
    poller,
  };
  const results: BenchResult[] = [];
  const mixed: MixedResult[] = [];
  try {
    for (const operation of operations) {
      const floorUrl = `${floor.url}/${operation.operationName}`;
      await checkAnswers(operation, hub.url, floorUrl);
      say(
        `${operation.name} (${observations.toLocaleString('en')} observations): the hub's answer equals the floor's.`,
      );
      for (const concurrency of CONCURRENCIES) {
        const length = quick ? quickRun(concurrency) : FULL_RUN;
        const comparison = await compare(
          servers,
          [operation.operationName],
          () => runLoad(hub.url, hubBody(operation), concurrency, length),
          () => runLoad(floorUrl, floorBody(operation), concurrency, length),
        );
        const { floorPeakRssMb: _floorPeakRssMb, ...figures } = comparison;
        const result: BenchResult = { name: operation.name, observations, concurrency, ...figures };
        results.push(result);
        say(
          `  concurrency ${concurrency}: ${result.rps.toFixed(1)} rps, p50 ${result.p50Ms} ms (floor ${result.floorP50Ms} ms, ratio ${result.ratio.toFixed(2)}), p99 ${result.p99Ms} ms, ${result.sqlPerRequest.toFixed(1)} SQL/request, peak ${Math.round(result.peakRssMb)} MB${idleNote(comparison)}`,
        );
      }
    }
    if (operations.length === benchOperations().length) {
      const cycle = mixedOperations(operations);
      const hubPath = new URL(hub.url).pathname;
      const hubCycle = cycle.map((operation) => ({ path: hubPath, body: hubBody(operation) }));
      const floorCycle = cycle.map((operation) => ({
        path: `/${operation.operationName}`,
        body: floorBody(operation),
      }));
      const names = [...new Set(cycle.map((operation) => operation.operationName))];
      say(`Traffic mix (${describeMix(operations)}):`);
      for (const concurrency of CONCURRENCIES) {
        const length = quick ? quickRun(concurrency, cycle.length) : FULL_RUN;
        const comparison = await compare(
          servers,
          names,
          () => runMixedLoad(new URL(hub.url).origin, hubCycle, concurrency, length),
          () => runMixedLoad(floor.url, floorCycle, concurrency, length),
        );
        const result: MixedResult = { observations, concurrency, ...comparison };
        mixed.push(result);
        say(
          `  concurrency ${concurrency}: ${result.rps.toFixed(1)} rps, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms (floor ${result.floorP50Ms} / ${result.floorP99Ms} ms, p50 ratio ${result.ratio.toFixed(2)}), ${result.sqlPerRequest.toFixed(1)} SQL/request, peak ${Math.round(result.peakRssMb)} MB (floor ${Math.round(result.floorPeakRssMb)} MB)${idleNote(comparison)}`,
        );
      }
    }
  } finally {
    await poller.end();
    await hub.stop();
    await floor.stop();
  }
  return { results, mixed };
}

/**
 * `npm run bench [-- --quick] [-- --fresh] [-- --observations N] [-- --workers N]`: builds the datasets if they are
 * missing, then runs every operation against the hub and the floor at concurrency 1 and 32, on
 * the large dataset, and the ranking and the series also on the small one; then the traffic mix
 * on the large dataset at both concurrencies. Every run starts from idle (`idle-wait.ts`). Writes
 * `bench/results/latest.json` and `latest.md`. `--workers N` (N > 1, REDIS_URL set): the hub clustered
 * (WEB_CONCURRENCY=N), its rows labelled with N processes, its peak memory the primary's and the
 * workers' summed; it writes `clustered.json` and `clustered.md` instead. `--quick`: the small CI dataset, two requests per connection,
 * no files; it fails when an answer differs from the floor's.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const options = parseBenchOptions(process.argv.slice(2));
  const server = await openBenchServer();
  const logFile = join(tmpdir(), `hub-bench-${process.pid}.log`);
  say(`Benchmark on ${server.description}; the servers log to ${logFile}.`);
  try {
    const datasets = options.quick
      ? [{ observations: QUICK_OBSERVATIONS, all: true }]
      : [
          { observations: options.observations, all: true },
          { observations: Math.min(SMALL_OBSERVATIONS, options.observations), all: false },
        ];
    const results: BenchResult[] = [];
    const mixed: MixedResult[] = [];
    let machine: Machine | undefined;
    for (const dataset of datasets) {
      const { url } = await ensureDataset(
        server,
        { observations: dataset.observations, quick: options.quick, fresh: options.fresh },
        say,
      );
      machine ??= await machineOf(url, server.description);
      const operations = benchOperations().filter((operation) => dataset.all || operation.scales);
      const measured = await benchDataset(
        url,
        dataset.observations,
        operations,
        options.quick,
        logFile,
        options.workers,
      );
      results.push(...measured.results);
      mixed.push(...measured.mixed);
    }
    const wallSeconds = (Date.now() - started) / 1000;
    const date = new Date();
    if (options.quick) {
      say(markdownReport({ results, mixed, machine: machine!, date, wallSeconds }));
      say("Every answer equals the floor's (timings of a quick run are not checked).");
    } else {
      // A clustered run never replaces the single-process figures of latest.md.
      const name = options.workers === 1 ? 'latest' : 'clustered';
      say(
        writeReport(
          join(__dirname, '..', '..', 'bench', 'results'),
          { results, mixed, machine: machine!, date, wallSeconds },
          name,
        ),
      );
      say(
        `Wrote bench/results/${name}.json and ${name}.md (${LARGE_OBSERVATIONS === options.observations ? 'the full dataset' : `${options.observations} observations`}).`,
      );
    }
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
