import 'reflect-metadata';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { findFreePort } from '../src/db/embedded-postgres-server';
import { LARGE_OBSERVATIONS } from './bench-options';
import { openBenchServer } from './bench-server';
import { startChildServer, type ChildServer } from './child-server';
import { describeProfile, monotonicUs, summariseCpuProfile, type ClockSpan } from './cpu-profile-summary';
import { HUB_NODE_FLAGS } from '../src/ops/node-flags';
import { HUB_ENV } from './hub-env';
import { hubSqlCounts } from './hub-sql-counts';
import { waitUntilIdle } from './idle-wait';
import { ensureDataset } from './load-dataset';
import { runLoad } from './load-run';
import { fetchAnswer, firstDifference } from './matching-answers';
import { sampleResidentMemory } from './memory-sampler';
import { cpuTimeMs, postgresCpuTimeMs } from './process-cpu';
import { benchOperations } from './operations';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** The options of `npm run bench:profile`. */
interface ProfileOptions {
  operations: string[];
  concurrencies: number[];
  requests: number;
  profileDir?: string;
  floor: boolean;
  variants: HubVariant[];
}

/** One hub under test: a label, its entry script, and settings added to the benchmark's. */
interface HubVariant {
  label: string;
  script: string;
  env: Record<string, string>;
}

const BUILT_HUB = join(__dirname, '..', 'src', 'main.js');

/** `label|script|NAME=VALUE|...`; an empty script is the hub built here. */
function parseVariant(text: string): HubVariant {
  const [label, script, ...settings] = text.split('|');
  return {
    label,
    script: script || BUILT_HUB,
    env: Object.fromEntries(settings.map((setting) => [setting.split('=')[0], setting.split('=').slice(1).join('=')])),
  };
}

function parseOptions(args: string[]): ProfileOptions {
  const options: ProfileOptions = {
    operations: benchOperations().map((operation) => operation.operationName),
    concurrencies: [1, 32],
    requests: 200,
    floor: true,
    variants: [],
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new Error(`${arg} needs a value.`);
      return next;
    };
    if (arg === '--operations') options.operations = value().split(',');
    else if (arg === '--concurrency') options.concurrencies = value().split(',').map(Number);
    else if (arg === '--requests') options.requests = Number(value());
    else if (arg === '--profile') options.profileDir = value();
    else if (arg === '--no-floor') options.floor = false;
    else if (arg === '--variant') options.variants.push(parseVariant(value()));
    else throw new Error(`Unknown option ${JSON.stringify(arg)}.`);
  }
  if (!options.variants.length) options.variants.push({ label: 'hub', script: BUILT_HUB, env: {} });
  return options;
}

/** CPU time, SQL statements, peak memory and latency of `requests` requests from idle. */
async function measure(
  server: ChildServer,
  poller: Client,
  pids: number[],
  url: string,
  body: string,
  concurrency: number,
  requests: number,
  metrics?: { url: string; operation: string },
) {
  await waitUntilIdle(pids, poller);
  const sqlBefore = metrics ? await hubSqlCounts(metrics.url, [metrics.operation]) : undefined;
  const cpuBefore = cpuTimeMs(server.pid);
  const postgresCpuBefore = postgresCpuTimeMs();
  const memory = sampleResidentMemory(server.pid);
  const fromUs = monotonicUs();
  const load = await runLoad(url, body, concurrency, { requests });
  await waitUntilIdle(pids, poller);
  const span: ClockSpan = { fromUs, toUs: monotonicUs() };
  const cpuMs = cpuTimeMs(server.pid) - cpuBefore;
  const postgresCpuMs = postgresCpuTimeMs() - postgresCpuBefore;
  const peakRssMb = memory.stop();
  const sqlAfter = metrics ? await hubSqlCounts(metrics.url, [metrics.operation]) : undefined;
  return {
    ...load,
    cpuMsPerRequest: cpuMs / load.requests,
    postgresCpuMsPerRequest: postgresCpuMs / load.requests,
    peakRssMb,
    sqlPerRequest:
      sqlBefore && sqlAfter
        ? (sqlAfter.statements - sqlBefore.statements) / (sqlAfter.requests - sqlBefore.requests)
        : undefined,
    span,
  };
}

/**
 * `npm run bench:profile [-- --operations BenchFunderDashboard,...] [--concurrency 1,32]
 * [--requests 200] [--profile DIR] [--no-floor] [--variant 'label|script|NAME=VALUE|...' ...]`: on
 * the large dataset, each operation against fresh hubs (each variant its own process: a build
 * elsewhere, other settings; measured in turn, so each sees the same machine) and the floor: a warm-up, then for each concurrency a fixed
 * number of requests from idle, reporting CPU time per request of each server's process (a
 * measure the machine's other load hardly moves) and of PostgreSQL's processes while it ran, p50, SQL statements per request and peak memory.
 * With `--profile DIR`, the hub runs under `node --cpu-prof` and the profile of the measured runs
 * (start-up and warm-up left out) is summarised by package and by function.
 */
async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const server = await openBenchServer();
  try {
    const { url: databaseUrl } = await ensureDataset(
      server,
      { observations: LARGE_OBSERVATIONS, quick: false, fresh: false },
      say,
    );
    const poller = new Client({ connectionString: databaseUrl });
    await poller.connect();
    const logFile = join('/tmp', `hub-profile-${process.pid}.log`);
    const floor = await startChildServer({
      script: join(__dirname, 'floor-server.js'),
      env: { DATABASE_URL: databaseUrl },
      logFile,
    });
    say(
      `Hubs: ${options.variants.map((v) => `${v.label} (${v.script} ${JSON.stringify(v.env)})`).join('; ')}; servers log to ${logFile}.`,
    );
    say('');
    say(
      '| operation | concurrency | hub | requests | hub CPU ms/request | floor CPU ms/request | PostgreSQL CPU ms/request, hub | PostgreSQL CPU ms/request, floor | hub p50 ms | floor p50 ms | hub/floor p50 | SQL/request | hub peak RSS MB |',
    );
    say('|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    const profiles: string[] = [];
    for (const name of options.operations) {
      const operation = benchOperations().find((candidate) => candidate.operationName === name);
      if (!operation) throw new Error(`No operation ${name}.`);
      const hubs: { variant: HubVariant; server: ChildServer; profileDir?: string; spans: ClockSpan[] }[] = [];
      const hubBody = JSON.stringify({
        query: operation.query,
        variables: operation.variables,
        operationName: operation.operationName,
      });
      const floorUrl = `${floor.url}/${operation.operationName}`;
      const floorBody = JSON.stringify({ variables: operation.variables });
      try {
        for (const variant of options.variants) {
          const port = await findFreePort();
          const profileDir = options.profileDir && join(options.profileDir, name, variant.label);
          if (profileDir) {
            rmSync(profileDir, { recursive: true, force: true });
            mkdirSync(profileDir, { recursive: true });
          }
          const server = await startChildServer({
            script: variant.script,
            env: { ...HUB_ENV, ...variant.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1' },
            logFile,
            url: `http://127.0.0.1:${port}/graphql`,
            readyUrl: `http://127.0.0.1:${port}/readyz`,
            nodeArgs: [...HUB_NODE_FLAGS, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
          });
          hubs.push({ variant, server, profileDir, spans: [] });
          const hubAnswer = await fetchAnswer(server.url, hubBody);
          const difference = firstDifference(hubAnswer.data, (await fetchAnswer(floorUrl, floorBody)).data);
          if (difference)
            throw new Error(`${operation.name}, ${variant.label}: not the floor's answer.\n${difference}`);
          // Warm-up: compiled code and caches.
          await runLoad(server.url, hubBody, 4, { requests: 40 });
        }
        await runLoad(floorUrl, floorBody, 4, { requests: 40 });
        const pids = [...hubs.map((hub) => hub.server.pid), floor.pid];
        for (const concurrency of options.concurrencies) {
          const requests = Math.max(options.requests, concurrency * 4);
          const floorRun = options.floor
            ? await measure(floor, poller, pids, floorUrl, floorBody, concurrency, requests)
            : undefined;
          for (const hub of hubs) {
            const hubRun = await measure(hub.server, poller, pids, hub.server.url, hubBody, concurrency, requests, {
              url: hub.server.url.replace(/\/graphql$/, '/metrics'),
              operation: operation.operationName,
            });
            hub.spans.push(hubRun.span);
            say(
              `| ${operation.name} | ${concurrency} | ${hub.variant.label} | ${hubRun.requests} | ${hubRun.cpuMsPerRequest.toFixed(2)} | ${floorRun?.cpuMsPerRequest.toFixed(2) ?? ''} | ${hubRun.postgresCpuMsPerRequest.toFixed(2)} | ${floorRun?.postgresCpuMsPerRequest.toFixed(2) ?? ''} | ${hubRun.p50Ms} | ${floorRun?.p50Ms ?? ''} | ${floorRun ? (hubRun.p50Ms / floorRun.p50Ms).toFixed(2) : ''} | ${hubRun.sqlPerRequest?.toFixed(1)} | ${Math.round(hubRun.peakRssMb)} |`,
            );
          }
        }
      } finally {
        for (const hub of hubs) await hub.server.stop();
      }
      for (const hub of hubs) {
        if (!hub.profileDir) continue;
        const file = readdirSync(hub.profileDir).find((entry) => entry.endsWith('.cpuprofile'));
        if (!file) continue;
        profiles.push(
          `### ${operation.name}, ${hub.variant.label} (${join(hub.profileDir, file)}; the measured runs only)`,
          '',
        );
        profiles.push(...describeProfile(summariseCpuProfile(join(hub.profileDir, file), hub.spans)), '');
      }
    }
    await floor.stop();
    await poller.end();
    if (profiles.length) say(['', ...profiles].join('\n'));
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
