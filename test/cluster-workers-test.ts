import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processTree } from '../bench/memory-sampler';
import { startHubProcess, type HubProcess } from './support/hub-process';
import { redisTestsRun, TEST_REDIS_URL } from './support/redis-probe';
import { createScratchDatabase } from './support/test-hub';

const withRedis = await redisTestsRun(TEST_REDIS_URL);

const PROBE = 'query ClusterProbe { __typename }';
/** Requests sent at once, on as many connections; the primary hands connections to the workers in turn. */
const AT_ONCE = 16;
const ROUNDS = 3;

/** The pids of the processes that logged answering ClusterProbe (pino puts the pid on every line). */
function probePids(lines: string[]): Set<number> {
  const pids = new Set<number>();
  for (const line of lines) {
    try {
      const logged = JSON.parse(line) as { msg?: unknown; operationName?: unknown; pid?: unknown };
      if (logged.msg === 'graphql request' && logged.operationName === 'ClusterProbe') pids.add(Number(logged.pid));
    } catch {
      // Not a JSON line.
    }
  }
  return pids;
}

/** The value of `hub_graphql_requests_total` for ClusterProbe in a /metrics scrape. */
function probeCount(metrics: string): number {
  const line = metrics
    .split('\n')
    .find((text) => text.startsWith('hub_graphql_requests_total{operation="ClusterProbe"}'));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe.skipIf(!withRedis)('WEB_CONCURRENCY=2: a primary and two workers sharing the port', () => {
  let hub: HubProcess | undefined;
  let drop: (() => Promise<void>) | undefined;
  let workers: number[] = [];
  const lines: string[] = [];

  beforeAll(async () => {
    const database = await createScratchDatabase();
    drop = database.drop;
    hub = await startHubProcess(
      {
        DATABASE_URL: database.url,
        WEB_CONCURRENCY: '2',
        REDIS_URL: TEST_REDIS_URL,
        REDIS_KEY_PREFIX: `hub-test-${randomBytes(4).toString('hex')}:`,
        RESPONSE_CACHE_SECONDS: '0',
      },
      90_000,
      (line) => lines.push(line),
    );
    workers = processTree(hub.pid).slice(1);
  }, 180_000);

  afterAll(async () => {
    await hub?.stop();
    await drop?.();
  });

  it('logs its address once both workers serve; both answer GraphQL, each in a process of its own', async () => {
    expect(workers).toHaveLength(2);
    const address = lines.find((line) => line.startsWith('{') && line.includes('"url":'));
    expect(JSON.parse(address!)).toMatchObject({ workers: 2, pid: hub!.pid, url: hub!.url });

    for (let round = 0; round < ROUNDS; round += 1) {
      const answers = await Promise.all(
        Array.from({ length: AT_ONCE }, async () => {
          const response = await fetch(hub!.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', connection: 'close' },
            body: JSON.stringify({ query: PROBE }),
          });
          return { status: response.status, body: await response.json() };
        }),
      );
      for (const answer of answers)
        expect(answer).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
    }
    // The log lines of the last answers may still be on their way.
    for (let waited = 0; probePids(lines).size < 2 && waited < 5_000; waited += 100) await sleep(100);
    expect([...probePids(lines)].sort()).toEqual([...workers].sort());
  });

  it('/metrics answers for every worker: the requests both served, summed by the primary', async () => {
    for (let scrape = 0; scrape < 4; scrape += 1) {
      const response = await fetch(hub!.url.replace(/\/graphql$/, '/metrics'), { headers: { connection: 'close' } });
      expect(response.status).toBe(200);
      expect(probeCount(await response.text())).toBe(AT_ONCE * ROUNDS);
    }
  });

  it('stops on SIGTERM: the primary tells both workers, waits for them, and no process is left', async () => {
    process.kill(hub!.pid, 'SIGTERM');
    const code = await Promise.race([hub!.exited, sleep(30_000).then(() => 'still running')]);
    expect(code).toBe(0);
    for (const pid of [hub!.pid, ...workers]) expect(existsSync(`/proc/${pid}`), `process ${pid}`).toBe(false);
    const stopped = lines.filter((line) => line.includes('"msg":"Stopped."'));
    expect(stopped).toHaveLength(3);
  });
});

describe('WEB_CONCURRENCY above 1 without REDIS_URL', () => {
  it('is refused at start, naming both variables', async () => {
    const lines: string[] = [];
    const started = startHubProcess(
      { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/never-opened', WEB_CONCURRENCY: '2', REDIS_URL: '' },
      60_000,
      (line) => lines.push(line),
    );
    await expect(started).rejects.toThrow(/exited \(1\) before serving/);
    // The process may exit before its last line has been read.
    const refusal = () => lines.find((line) => line.includes('WEB_CONCURRENCY=2 needs REDIS_URL'));
    for (let waited = 0; !refusal() && waited < 5_000; waited += 100) await sleep(100);
    expect(JSON.parse(refusal()!)).toMatchObject({ level: 60 });
  }, 120_000);
});
