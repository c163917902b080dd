import { request as httpRequest, type IncomingMessage } from 'node:http';
import { Writable } from 'node:stream';
import { DriverException } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/auth/api-tokens';
import { Role } from '../src/entities/role.enum';
import { connectOrm } from '../src/db/orm';
import { createLogger } from '../src/ops/logger';
import { HubMetrics } from '../src/ops/metrics';
import { formatError } from '../src/server/format-error';
import { startHub, type RunningHub } from '../src/server/hub';
import { newRequestState, runAsRequest } from '../src/server/request-id';
import { bodyOf } from './support/expect-error';
import { createScratchDatabase } from './support/test-hub';

type LogLine = Record<string, any>;

/** A logger at level info whose lines the test reads, as parsed JSON and as raw text. */
function capturedLogger() {
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line) as LogLine);
      }
      done();
    },
  });
  return { logger: createLogger(destination, 'info'), lines, raw };
}

function post(url: string, query: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
}

/** One HTTP request on its own connection (no keep-alive pool), for watching a server close. */
function rawRequest(
  url: string,
  method: string,
  body?: string,
): { response: Promise<IncomingMessage & { text: string }>; write(part: string): void; end(): void } {
  const target = new URL(url);
  const req = httpRequest({
    host: target.hostname,
    port: target.port,
    path: target.pathname,
    method,
    agent: false,
    headers:
      body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const response = new Promise<IncomingMessage & { text: string }>((resolve, reject) => {
    req.once('error', reject);
    req.once('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('error', reject);
      res.once('end', () => resolve(Object.assign(res, { text: Buffer.concat(chunks).toString('utf8') })));
    });
  });
  return { response, write: (part) => void req.write(part), end: () => req.end() };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('operations: health, readiness, metrics and request logs', () => {
  let database: { url: string; drop: () => Promise<void> };
  let orm: MikroORM;
  let hub: RunningHub;
  let url: string;
  let tokenId: number;
  let secret: string;
  const captured = capturedLogger();

  beforeAll(async () => {
    database = await createScratchDatabase();
    orm = await connectOrm(database.url);
    ({ id: tokenId, secret } = await createApiToken(orm.em.fork(), { name: 'operations test', role: Role.ADMIN }));
    hub = await startHub(orm, 0, '127.0.0.1', { logger: captured.logger });
    url = hub.url;
  });
  afterAll(async () => {
    await hub?.stop();
    await orm?.close();
    await database?.drop();
  });

  it('says it is alive at /healthz', async () => {
    const response = await fetch(new URL('/healthz', url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('says it is ready at /readyz on a reachable, migrated database', async () => {
    const response = await fetch(new URL('/readyz', url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('logs one line per GraphQL request with its id, operation, duration, SQL count and viewer, and never the token', async () => {
    const response = await post(url, 'query ProgrammeCount { programmes { totalCount } }', {
      authorization: `Bearer ${secret}`,
    });
    expect(response.status).toBe(200);
    expect((await bodyOf(response)).data).toEqual({ programmes: { totalCount: 0 } });
    const requestId = response.headers.get('x-request-id');
    const line = captured.lines.find((entry) => entry.requestId === requestId && entry.msg === 'graphql request');
    expect(line).toMatchObject({
      level: 30,
      requestId,
      operationName: 'ProgrammeCount',
      // The token's look-up, then the programmes' page and their count.
      sqlStatements: 3,
      errorCodes: [],
      viewer: `token:${tokenId}`,
      status: 200,
    });
    expect(line!.durationMs).toBeGreaterThan(0);
    expect(line!.durationMs).toBeLessThan(5000);
    expect(captured.raw.join('\n')).not.toContain(secret);
    expect(captured.raw.join('\n')).not.toContain(secret.slice(4, 20));
  });

  it('logs the error codes of a request, and of a refused token, without the token', async () => {
    const wrongSecret = 'hub_ThisSecretIsNotKnownToTheHubAtAll0123456789';
    const refused = await post(url, '{ programmes { totalCount } }', { authorization: `Bearer ${wrongSecret}` });
    expect(refused.status).toBe(401);
    const refusedLine = captured.lines.find(
      (entry) => entry.requestId === refused.headers.get('x-request-id') && entry.msg === 'graphql request',
    );
    expect(refusedLine).toMatchObject({ errorCodes: ['UNAUTHENTICATED'], status: 401, sqlStatements: 1 });
    expect(refusedLine!.operationName).toBeUndefined();
    expect(refusedLine!.viewer).toBeUndefined();

    const bad = await post(url, 'query BadPage { programmes(first: 1000) { totalCount } }');
    expect((await bodyOf(bad)).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const badLine = captured.lines.find(
      (entry) => entry.requestId === bad.headers.get('x-request-id') && entry.msg === 'graphql request',
    );
    expect(badLine).toMatchObject({
      operationName: 'BadPage',
      errorCodes: ['BAD_USER_INPUT'],
      viewer: 'anonymous:127.0.0.1',
    });
    expect(captured.raw.join('\n')).not.toContain(wrongSecret);
  });

  it('redacts an authorization header should anything log one', () => {
    const { logger, raw } = capturedLogger();
    logger.info(
      { req: { headers: { authorization: 'Bearer hub_leak' } }, headers: { authorization: 'Bearer hub_leak' } },
      'careless',
    );
    expect(raw.join('\n')).not.toContain('hub_leak');
    expect(raw.join('\n')).toContain('[redacted]');
  });

  it('exposes requests and durations by operation, errors by code, the pool and the process at /metrics', async () => {
    for (let i = 0; i < 3; i += 1) await post(url, 'query CountryList { countries { code } }');
    const response = await fetch(new URL('/metrics', url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('hub_graphql_requests_total{operation="CountryList"} 3');
    expect(text).toContain('hub_graphql_request_duration_seconds_count{operation="CountryList"} 3');
    expect(text).toContain('hub_graphql_requests_total{operation="ProgrammeCount"} 1');
    expect(text).toContain('hub_graphql_errors_total{code="BAD_USER_INPUT"} 1');
    expect(text).toContain('hub_graphql_errors_total{code="UNAUTHENTICATED"} 1');
    expect(text).toMatch(/^hub_db_pool_connections\{state="used"\} 0$/m);
    expect(text).toMatch(/^hub_db_pool_connections\{state="idle"\} [1-9]\d*$/m);
    expect(text).toMatch(/^hub_db_pool_waiting 0$/m);
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
  });

  it('counts operation names over 100 characters, and names past the first 200, as <other>, so clients cannot grow /metrics', async () => {
    for (let i = 0; i < 3; i += 1) await post(url, `query Long${i}${'x'.repeat(20_000)} { countries { code } }`);
    const text = await (await fetch(new URL('/metrics', url))).text();
    expect(text).toContain('hub_graphql_requests_total{operation="<other>"} 3');
    expect(text).not.toContain('x'.repeat(101));
    expect(text.length).toBeLessThan(200_000);

    const metrics = new HubMetrics(orm);
    for (let i = 0; i < 250; i += 1)
      metrics.observeRequest({ operationName: `Invented${i}`, seconds: 0.01, errorCodes: [], sqlStatements: 1 });
    const counted = (await metrics.render()).body
      .split('\n')
      .filter((line) => line.startsWith('hub_graphql_requests_total{'));
    expect(counted).toHaveLength(201);
    expect(counted).toContain('hub_graphql_requests_total{operation="<other>"} 50');
  });
});

describe('formatError', () => {
  function formatInRequest(error: unknown) {
    const { logger, lines } = capturedLogger();
    const request = newRequestState('request-under-test', logger);
    const graphQLError = new GraphQLError('boom', { path: ['programmes'], originalError: error as Error });
    const formatted = runAsRequest(request, () =>
      formatError(
        { message: 'boom', path: ['programmes'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
        graphQLError,
      ),
    );
    return { formatted, lines, request };
  }

  it('masks an unexpected error as INTERNAL_SERVER_ERROR with the request id the log has, without a stack', () => {
    const { formatted, lines, request } = formatInRequest(new TypeError('Cannot read properties of undefined'));
    expect(formatted).toEqual({
      message: 'Internal server error; quote request id request-under-test when reporting it.',
      path: ['programmes'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'request-under-test' },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50,
      requestId: 'request-under-test',
      msg: 'unexpected error',
      err: { type: 'TypeError' },
    });
    expect(request.errorCodes).toEqual(['INTERNAL_SERVER_ERROR']);
  });

  const outages: [string, unknown][] = [
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    [
      'MikroORM wrapping an admin shutdown (57P01)',
      new DriverException(
        Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      ),
    ],
    [
      'a server starting or stopping (57P03)',
      Object.assign(new Error('the database system is shutting down'), { code: '57P03' }),
    ],
    [
      'a pool that cannot lend a connection in time',
      new Error(
        'Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?',
      ),
    ],
    ['a connection that died mid-query', new Error('Connection terminated unexpectedly')],
    [
      'every address refusing',
      Object.assign(
        new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' })]),
        { message: '' },
      ),
    ],
  ];
  for (const [name, error] of outages) {
    it(`answers SERVICE_UNAVAILABLE for ${name}`, () => {
      const { formatted, lines } = formatInRequest(error);
      expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', requestId: 'request-under-test' });
      expect(formatted.message).toBe('The database is unavailable; try again shortly (request id request-under-test).');
      expect(lines.map((line) => [line.msg, line.requestId])).toEqual([['database unavailable', 'request-under-test']]);
    });
  }

  it('logs a database outage once per request, however many fields it spoils', () => {
    const { logger, lines } = capturedLogger();
    const request = newRequestState('many-fields', logger);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    runAsRequest(request, () => {
      for (const field of ['a', 'b', 'c'])
        formatError({ message: 'x', path: [field] }, new GraphQLError('x', { path: [field], originalError: refused }));
    });
    expect(request.errorCodes).toEqual(['SERVICE_UNAVAILABLE', 'SERVICE_UNAVAILABLE', 'SERVICE_UNAVAILABLE']);
    expect(lines).toHaveLength(1);
  });
});

describe('graceful shutdown', () => {
  let database: { url: string; drop: () => Promise<void> };
  let orm: MikroORM;
  beforeAll(async () => {
    database = await createScratchDatabase();
    orm = await connectOrm(database.url);
  });
  afterAll(async () => {
    await orm?.close();
    await database?.drop();
  });

  it('stops accepting connections but answers a request already in flight', async () => {
    const hub = await startHub(orm, 0, '127.0.0.1', { shutdownTimeoutMs: 10_000 });
    const body = JSON.stringify({ query: '{ programmes { totalCount } }' });
    // The request arrives, and its body is still coming when the shutdown begins.
    const slow = rawRequest(hub.url, 'POST', body);
    slow.write(body.slice(0, 10));
    await sleep(200);
    let stopped = false;
    const stopping = hub.stop().then(() => {
      stopped = true;
    });
    await sleep(100);
    await expect(rawRequest(hub.url, 'GET').response).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(stopped).toBe(false);
    slow.write(body.slice(10));
    slow.end();
    const answer = await slow.response;
    expect(answer.statusCode).toBe(200);
    expect(answer.headers.connection).toBe('close');
    expect(JSON.parse(answer.text).data).toEqual({ programmes: { totalCount: 0 } });
    await stopping;
    expect(stopped).toBe(true);
  });

  it('cuts a request still in flight at the shutdown deadline', async () => {
    const hub = await startHub(orm, 0, '127.0.0.1', { shutdownTimeoutMs: 300 });
    const body = JSON.stringify({ query: '{ programmes { totalCount } }' });
    const stuck = rawRequest(hub.url, 'POST', body);
    stuck.write(body.slice(0, 10));
    const outcome = stuck.response.then(
      () => 'answered',
      (error: NodeJS.ErrnoException) => error.code,
    );
    await sleep(200);
    const startedAt = Date.now();
    await hub.stop();
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(250);
    expect(Date.now() - startedAt).toBeLessThan(2000);
    expect(await outcome).toBe('ECONNRESET');
  });
});
