import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { benchOperations } from './operations';

/** The floor's pool: as many connections as the hub's. */
const POOL_MAX = Number(process.env.DATABASE_POOL_MAX ?? 10);

async function readJson(req: IncomingMessage): Promise<{ variables?: Record<string, unknown> }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables?: Record<string, unknown> };
}

/**
 * The floor: the least a server can do to give the benchmark's answers. `POST /<operationName>`
 * with `{ "variables": ... }` runs that operation's one SQL statement on a `pg` pool and sends
 * PostgreSQL's JSON back as `{"data": ...}`. Prints `{"url": ...}` once it listens.
 */
function main(): void {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: POOL_MAX });
  const operations = new Map(benchOperations().map((operation) => [`/${operation.operationName}`, operation]));
  const server = createServer((req, res) => {
    const operation = operations.get(req.url ?? '');
    if (!operation || req.method !== 'POST') {
      res.writeHead(404).end();
      return;
    }
    readJson(req)
      .then((body) => pool.query<{ data: string }>(operation.floorSql, operation.floorParams(body.variables ?? {})))
      .then((result) => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(`{"data":${result.rows[0].data}}`);
      })
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
      });
  });
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })}\n`);
  });
  process.on('SIGTERM', () => server.close(() => void pool.end()));
}

main();
