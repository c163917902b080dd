import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { authenticate } from '../auth/authenticate';
import { buildContext, type Context } from './context';
import { GRAPHIQL_ASSET_PREFIX, graphiqlAsset, graphiqlPage } from './graphiql';
import { runAsRequest } from './request-id';

export const GRAPHQL_PATH = '/graphql';
const MAX_BODY_BYTES = Number(process.env.MAX_REQUEST_BYTES ?? 1_000_000);

/** The running HTTP side of the hub. */
export interface HubHttpServer {
  url: string;
  close(): Promise<void>;
}

class RequestError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new RequestError(413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function parseBody(req: IncomingMessage): Promise<unknown> {
  if (req.method !== 'POST') return undefined;
  const text = await readBody(req);
  if (!(req.headers['content-type'] ?? '').includes('application/json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new RequestError(400, 'The request body is not valid JSON.');
  }
}

function wantsExplorer(req: IncomingMessage, url: URL): boolean {
  return req.method === 'GET' && !url.searchParams.has('query') && (req.headers.accept ?? '').includes('text/html');
}

async function serveGraphQL(apollo: ApolloServer<Context>, orm: MikroORM, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const body = await parseBody(req);
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: async () => buildContext(orm, await authenticate(orm.em.fork(), req.headers.authorization, req.socket.remoteAddress ?? 'unknown')),
  });
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Routes one HTTP request: the GraphQL endpoint, the explorer and its files, and liveness. */
function handler(apollo: ApolloServer<Context>, orm: MikroORM) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    runAsRequest(requestId, async () => {
      const url = new URL(req.url ?? '/', 'http://hub.invalid');
      if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname.startsWith(GRAPHIQL_ASSET_PREFIX) && req.method === 'GET') {
        const asset = graphiqlAsset(url.pathname.slice(GRAPHIQL_ASSET_PREFIX.length));
        if (!asset) return sendJson(res, 404, { error: 'No such file.' });
        res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
        return void res.end(asset.body);
      }
      if (url.pathname === '/' && req.method === 'GET') {
        res.writeHead(302, { location: GRAPHQL_PATH });
        return void res.end();
      }
      if (url.pathname !== GRAPHQL_PATH) return sendJson(res, 404, { error: `Nothing is served at ${url.pathname}; the API is at ${GRAPHQL_PATH}.` });
      if (wantsExplorer(req, url)) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return void res.end(graphiqlPage(GRAPHQL_PATH));
      }
      await serveGraphQL(apollo, orm, req, res, url);
    }).catch((error: unknown) => {
      const status = error instanceof RequestError ? error.status : 500;
      const message = error instanceof RequestError ? error.message : `Internal server error; quote request id ${requestId}.`;
      if (status === 500) process.stderr.write(`${JSON.stringify({ level: 'error', requestId, error: String(error) })}\n`);
      // The rest of an over-long body is never read, so the connection cannot carry another request.
      if (status === 413) res.shouldKeepAlive = false;
      if (!res.headersSent) sendJson(res, status, { errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT', requestId } }] });
      else res.end();
    });
  };
}

/** Starts serving on `port` (0 picks a free one) and `host`. */
export async function startHttpServer(apollo: ApolloServer<Context>, orm: MikroORM, port: number, host: string): Promise<HubHttpServer> {
  const server: Server = createServer(handler(apollo, orm));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' || host === '127.0.0.1' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${address.port}${GRAPHQL_PATH}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
