import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processTree } from '../bench/memory-sampler';
import { HUB_NODE_FLAGS } from '../src/ops/node-flags';
import { startHubProcess, type HubProcess } from './support/hub-process';
import { redisTestsRun, TEST_REDIS_URL } from './support/redis-probe';
import { createScratchDatabase } from './support/test-hub';

const withRedis = await redisTestsRun(TEST_REDIS_URL);

const PROBE = 'query ClusterProbe { __typename }';
/** Requests sent at once, on as many connections; the primary hands connections to the workers in turn. */
const AT_ONCE = 16;
const ROUNDS = 3;

/** The JSON lines of the hub's log (pino puts the pid on every line). */
function logged(lines: string[]): { msg?: unknown; operationName?: unknown; pid?: unknown }[] {
  return lines.flatMap((line) => {
    try {
      return [JSON.parse(line) as { msg?: unknown; operationName?: unknown; pid?: unknown }];
    } catch {
      return [];
    }
  });
}

/** The pids of the processes that logged answering ClusterProbe. */
function probePids(lines: string[]): Set<number> {
  return new Set(
    logged(lines)
      .filter((entry) => entry.msg === 'graphql request' && entry.operationName === 'ClusterProbe')
      .map((entry) => Number(entry.pid)),
  );
}

/** The value of `hub_graphql_requests_total` for ClusterProbe in a /metrics scrape. */
function probeCount(metrics: string): number {
  const line = metrics
    .split('\n')
    .find((text) => text.startsWith('hub_graphql_requests_total{operation="ClusterProbe"}'));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

/** The command line a process was started with, from /proc/<pid>/cmdline. */
function commandLine(pid: number): string[] {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
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
      // Started by hand, without npm start's Node options: the primary gives them to its workers.
      [],
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

  it('gives its workers the Node options of npm start, which the primary was started without, and says so once', async () => {
    expect(commandLine(hub!.pid)).not.toEqual(expect.arrayContaining([...HUB_NODE_FLAGS]));
    for (const worker of workers) expect(commandLine(worker)).toEqual(expect.arrayContaining([...HUB_NODE_FLAGS]));
    const saidSo = logged(lines).filter(
      (entry) => typeof entry.msg === 'string' && entry.msg.startsWith(`Node runs without ${HUB_NODE_FLAGS.join(' ')}`),
    );
    expect(saidSo.map((entry) => entry.pid)).toEqual([hub!.pid]);
  });

  it('/metrics answers for every worker: the requests both served, summed by the primary', async () => {
    for (let scrape = 0; scrape < 4; scrape += 1) {
      const response = await fetch(hub!.url.replace(/\/graphql$/, '/metrics'), { headers: { connection: 'close' } });
      expect(response.status).toBe(200);
      expect(probeCount(await response.text())).toBe(AT_ONCE * ROUNDS);
    }
  });

  it("stops on a terminal's Ctrl-C: the primary tells both workers, a request in flight finishes though the workers get SIGINT too, and no process is left", async () => {
    // A request in flight: its headers and part of its body sent, the rest held back.
    const held = heldRequest(hub!.url);
    // Long enough for a worker to take the connection and read the request's head (a few
    // milliseconds on an idle machine).
    await sleep(2_000);

    // A terminal's Ctrl-C reaches the whole process group; here the primary first, then each
    // worker once it has the primary's word, so the signal comes second.
    process.kill(hub!.pid, 'SIGINT');
    for (let waited = 0; toldToStop(lines, workers).length < 2 && waited < 10_000; waited += 100) await sleep(100);
    expect(toldToStop(lines, workers)).toHaveLength(2);
    // A worker with nothing in flight may have stopped already.
    for (const pid of workers.filter((worker) => existsSync(`/proc/${worker}`))) process.kill(pid, 'SIGINT');
    await sleep(500);
    held.finish();
    const answer = await held.answered;
    expect(answer).toMatchObject({ status: 200 });
    expect(JSON.parse(answer.text)).toMatchObject({ data: { __typename: 'Query' } });

    const code = await Promise.race([hub!.exited, sleep(30_000).then(() => 'still running')]);
    expect(code).toBe(0);
    for (const pid of [hub!.pid, ...workers]) expect(existsSync(`/proc/${pid}`), `process ${pid}`).toBe(false);
    const stopped = lines.filter((line) => line.includes('"msg":"Stopped."'));
    expect(stopped).toHaveLength(3);
  });
});

/**
 * Sends a request whose headers and first 10 bytes of body reach the hub, the rest held back: a
 * request in flight for as long as the test likes. `answered` settles with its status and text, or
 * status 0 and the error's message when its connection is cut.
 */
function heldRequest(url: string) {
  const body = JSON.stringify({ query: PROBE });
  const request = httpRequest(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), connection: 'close' },
  });
  const answered = new Promise<{ status: number; text: string }>((resolve) => {
    const reject = (error: Error) => resolve({ status: 0, text: error.message });
    request.on('error', reject);
    request.on('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      response.on('end', () => resolve({ status: response.statusCode!, text }));
      response.on('error', reject);
    });
  });
  request.write(body.slice(0, 10));
  return { answered, finish: () => request.end(body.slice(10)) };
}

/** The log entries of `workers` saying they stopped accepting connections. */
function toldToStop(lines: string[], workers: number[]) {
  return logged(lines).filter(
    (entry) =>
      typeof entry.msg === 'string' && entry.msg.includes('no new connections') && workers.includes(Number(entry.pid)),
  );
}

describe.skipIf(!withRedis)('WEB_CONCURRENCY=2: a second signal to the primary', () => {
  it('exits it (1) at once and the workers with it, though a request is in flight and SHUTDOWN_TIMEOUT_MS is a minute', async () => {
    const database = await createScratchDatabase();
    const lines: string[] = [];
    const hub = await startHubProcess(
      {
        DATABASE_URL: database.url,
        WEB_CONCURRENCY: '2',
        REDIS_URL: TEST_REDIS_URL,
        REDIS_KEY_PREFIX: `hub-test-${randomBytes(4).toString('hex')}:`,
        SHUTDOWN_TIMEOUT_MS: '60000',
      },
      90_000,
      (line) => lines.push(line),
    );
    const workers = processTree(hub.pid).slice(1);
    try {
      expect(workers).toHaveLength(2);
      const held = heldRequest(hub.url);
      // Long enough for a worker to take the connection and read the request's head.
      await sleep(2_000);
      process.kill(hub.pid, 'SIGTERM');
      for (let waited = 0; toldToStop(lines, workers).length < 2 && waited < 10_000; waited += 100) await sleep(100);
      expect(toldToStop(lines, workers)).toHaveLength(2);

      const secondAt = Date.now();
      process.kill(hub.pid, 'SIGTERM');
      expect(await Promise.race([hub.exited, sleep(10_000).then(() => 'still running')])).toBe(1);
      const running = () => workers.filter((pid) => existsSync(`/proc/${pid}`));
      while (running().length > 0 && Date.now() - secondAt < 20_000) await sleep(100);
      expect(running(), 'workers still running after the second signal').toEqual([]);
      // Its connection was cut: no answer.
      expect((await held.answered).status).toBe(0);
    } finally {
      await hub.stop();
      for (const pid of workers.filter((worker) => existsSync(`/proc/${worker}`))) process.kill(pid, 'SIGKILL');
      await database.drop();
    }
  }, 180_000);
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
