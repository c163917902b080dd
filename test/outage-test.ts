import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/auth/api-tokens';
import { Role } from '../src/entities/role.enum';
import { createDatabase } from '../src/db/database-admin';
import { findFreePort, startEmbeddedPostgres, type EmbeddedPostgresServer } from '../src/db/embedded-postgres-server';
import { connectOrm, migrateToLatest } from '../src/db/orm';
import { createLogger } from '../src/ops/logger';
import { seedDatabase } from '../src/seed/seed-database';
import { startHub, type RunningHub } from '../src/server/hub';
import { bodyOf, type GraphQLResponseBody } from './support/expect-error';

const QUERY = 'query HajBudget { programme(code: "HAJ") { code budget { amount currency } } }';
const HAJ = { programme: { code: 'HAJ', budget: { amount: 25000000, currency: 'EUR' } } };

/**
 * The outage runs on a PostgreSQL server of its own in a temporary directory, never on
 * DATABASE_URL's or the run's shared one: the test stops it under the running hub and starts it
 * again on the same data directory and port.
 */
describe('a database outage under the running hub', () => {
  let dataDir: string;
  let port: number;
  let postgres: EmbeddedPostgresServer | undefined;
  let orm: MikroORM;
  let hub: RunningHub;
  let secret: string;
  const logLines: Record<string, any>[] = [];

  async function ask(
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: GraphQLResponseBody; ms: number; requestId: string | null }> {
    const startedAt = performance.now();
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: QUERY }),
    });
    const body = await bodyOf(response);
    return {
      status: response.status,
      body,
      ms: performance.now() - startedAt,
      requestId: response.headers.get('x-request-id'),
    };
  }

  async function readiness(): Promise<{ status: number; body: unknown; ms: number }> {
    const startedAt = performance.now();
    const response = await fetch(new URL('/readyz', hub.url));
    return { status: response.status, body: await response.json(), ms: performance.now() - startedAt };
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'hub-outage-pg-'));
    port = await findFreePort();
    postgres = await startEmbeddedPostgres(dataDir, { persistent: true, port });
    await createDatabase(postgres.adminUrl, 'hub');
    orm = await connectOrm(postgres.urlFor('hub'));
    await migrateToLatest(orm);
    await seedDatabase(orm.em.fork());
    ({ secret } = await createApiToken(orm.em.fork(), { name: 'outage test', role: Role.ADMIN }));
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
        done();
      },
    });
    hub = await startHub(orm, 0, '127.0.0.1', { logger: createLogger(destination, 'info') });
  });

  afterAll(async () => {
    await hub?.stop();
    await orm?.close();
    await postgres?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers SERVICE_UNAVAILABLE within 2 s while PostgreSQL is down, and serves again once it is back, without a restart', async () => {
    const before = await ask();
    expect(before.status).toBe(200);
    expect(before.body.data).toEqual(HAJ);
    expect((await readiness()).status).toBe(200);

    await postgres!.stop();
    postgres = undefined;

    // Anonymous requests fail in the resolvers; a token's fails while authenticating (context creation).
    const down = await Promise.all([ask(), ask(), ask(), ask({ authorization: `Bearer ${secret}` })]);
    for (const answer of down) {
      expect(answer.ms).toBeLessThan(2000);
      expect(answer.status).toBe(503);
      expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(answer.body.errors![0].extensions!.requestId).toBe(answer.requestId);
      expect(JSON.stringify(answer.body)).not.toContain('ECONNREFUSED');
      expect(JSON.stringify(answer.body)).not.toMatch(/\bat \S+ \(/);
    }
    const [anonymous] = down;
    expect(
      logLines.find((line) => line.requestId === anonymous.requestId && line.msg === 'database unavailable'),
    ).toBeDefined();
    expect(
      logLines.find((line) => line.requestId === anonymous.requestId && line.msg === 'graphql request'),
    ).toMatchObject({
      level: 40,
      operationName: 'HajBudget',
      errorCodes: ['SERVICE_UNAVAILABLE'],
      status: 503,
    });

    const notReady = await readiness();
    expect(notReady.ms).toBeLessThan(2000);
    expect(notReady).toMatchObject({
      status: 503,
      body: { status: 'not ready', reason: 'The database is unreachable.' },
    });
    // Liveness does not depend on the database: restarting the process would not help.
    expect((await fetch(new URL('/healthz', hub.url))).status).toBe(200);

    const restartCalledAt = performance.now();
    postgres = await startEmbeddedPostgres(dataDir, { persistent: true, port });
    const acceptingAt = performance.now();
    let answer = await ask();
    while (answer.status !== 200 && performance.now() - acceptingAt < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      answer = await ask();
    }
    const answeringAt = performance.now();
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual(HAJ);
    const recoveryMs = answeringAt - acceptingAt;
    process.stdout.write(
      `Outage: down answers in ${Math.round(Math.max(...down.map((d) => d.ms)))} ms at most (readiness ${Math.round(notReady.ms)} ms); ` +
        `PostgreSQL restarted in ${Math.round(acceptingAt - restartCalledAt)} ms; first good answer ${Math.round(recoveryMs)} ms after it accepted connections.\n`,
    );
    expect(recoveryMs).toBeLessThan(2000);
    expect((await ask({ authorization: `Bearer ${secret}` })).body.data).toEqual(HAJ);
    expect(await readiness()).toMatchObject({ status: 200, body: { status: 'ready' } });
  });
});

describe('a database server that accepts connections but never answers', () => {
  it('answers SERVICE_UNAVAILABLE within 2 s instead of hanging', async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address() as { port: number };
    // Nothing to check at start: the server never answers.
    const orm = await connectOrm(`postgres://postgres:postgres@127.0.0.1:${address.port}/hub`, {
      connect: false,
      ensureDatabase: false,
    });
    const hub = await startHub(orm, 0, '127.0.0.1');
    try {
      const startedAt = performance.now();
      const response = await fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY }),
      });
      const ms = performance.now() - startedAt;
      expect(response.status).toBe(503);
      expect((await bodyOf(response)).errors?.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(ms).toBeLessThan(2000);
      const readyStartedAt = performance.now();
      expect((await fetch(new URL('/readyz', hub.url))).status).toBe(503);
      const readyMs = performance.now() - readyStartedAt;
      expect(readyMs).toBeLessThan(2000);
      process.stdout.write(
        `Silent database server: SERVICE_UNAVAILABLE after ${Math.round(ms)} ms, not ready after ${Math.round(readyMs)} ms.\n`,
      );
    } finally {
      await hub.stop();
      for (const socket of sockets) socket.destroy();
      await orm.close();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
