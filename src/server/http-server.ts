import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { buildContext, type Context } from '../loaders/request-context';
import type { AccountMailer } from '../auth/account-mail';
import { OidcSignIn } from '../auth/oidc-sign-in';
import { accountMailer } from './account-mailer';
import { AUTH_PREFIX, serveAuth, type AuthState } from './auth-endpoints';
import { corsHandler } from './cors';
import { openSessionStore } from './session-store-choice';
import { crossSiteRefusal } from './session-cookie';
import { setSecurityHeaders } from './security-headers';
import { serveExport } from './export-endpoint';
import { GRAPHIQL_ASSET_PREFIX, graphiqlAsset, graphiqlPage } from './graphiql';
import { IATI_ACTIVITIES_PATH, serveIatiActivities } from './iati-endpoint';
import {
  CSV_IMPORT,
  IATI_IMPORT,
  IMPORT_PATH,
  IATI_IMPORT_PATH,
  serveObservationImport,
  type ImportLimits,
} from './import-endpoint';
import { createImportSlots } from './limits/import-slots';
import { logger as processLogger, type Logger } from '../ops/logger';
import { HubMetrics } from '../ops/metrics';
import { serveOperationsEndpoint, type OperationsState } from './operations-endpoints';
import { newRequestState, runAsRequest, type RequestState } from './request-id';
import { finishGraphQLRequest } from './request-log';
import { serverSettingsFromEnv, type LimitSettings, type ServerSettings } from './server-settings';
import { shutdownTimeoutMs } from '../settings/settings';
import { RequestError, sendJson } from './http-json';
import { createCostBudget, type CostBudget } from './limits/rate-budget';
import { badLookUpAllowance, requestViewer, type RequestViewer } from './request-viewer';
import { serveWebApp, serveWebAppNotFound } from './web-app';

export const GRAPHQL_PATH = '/graphql';
const SHUTDOWN_TIMEOUT_MS = shutdownTimeoutMs();

/** What a server can be given instead of the process's defaults. */
export interface HttpServerOptions {
  /** Where its log lines go; the process's logger unless given. */
  logger?: Logger;
  /** How long `close()` lets requests in flight finish before cutting their connections. */
  shutdownTimeoutMs?: number;
  /** Its limits, explorer and CORS origins; from the environment unless given. */
  settings?: ServerSettings;
}

/** The running HTTP side of the hub. */
export interface HubHttpServer {
  url: string;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new RequestError(413, `The request body is larger than ${maxBytes} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function parseBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  if (req.method !== 'POST') return undefined;
  const text = await readBody(req, maxBytes);
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

async function serveGraphQL(
  apollo: ApolloServer<Context>,
  orm: MikroORM,
  viewerOf: RequestViewer,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  request: RequestState,
  limits: LimitSettings,
  mailer: AccountMailer | undefined,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const body = await parseBody(req, limits.maxRequestBytes);
  // Apollo refuses every batch when batching is off; when on, it has no cap of its own.
  if (Array.isArray(body) && limits.maxBatchOperations > 0 && body.length > limits.maxBatchOperations) {
    throw new RequestError(
      400,
      `The batch holds ${body.length} operations, more than the limit of ${limits.maxBatchOperations}.`,
      'QUERY_TOO_COMPLEX',
    );
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: async () => {
      const viewer = await viewerOf(req);
      request.viewerKey = viewer.key;
      return buildContext(orm, viewer, mailer);
    },
  });
  for (const [name, value] of response.headers) res.setHeader(name, value);
  // An answer the database's outage spoiled is 503, so balancers and clients know to retry.
  const unavailable = request.errorCodes.includes('SERVICE_UNAVAILABLE');
  if (unavailable) res.setHeader('retry-after', '1');
  res.statusCode = unavailable ? 503 : (response.status ?? 200);
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Routes one HTTP request: the GraphQL endpoint, the explorer and its files, sign-in, the web app, the downloads, the CSV import and the operations endpoints. */
function handler(
  apollo: ApolloServer<Context>,
  orm: MikroORM,
  log: Logger,
  operations: OperationsState,
  settings: ServerSettings,
  budget: CostBudget,
  viewerOf: RequestViewer,
  auth: AuthState,
) {
  const cors = settings.corsOrigins.length ? corsHandler(settings.corsOrigins) : undefined;
  const imports: ImportLimits = { limits: settings.limits, slots: createImportSlots(settings.limits), budget };
  const mailer = accountMailer(settings, log);
  return (req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    setSecurityHeaders(req, res, settings.trustedProxies);
    // A request on a kept-alive connection during shutdown is answered, and its connection closed.
    if (operations.isClosing()) res.shouldKeepAlive = false;
    const request = newRequestState(requestId, log);
    let isGraphQL = false;
    runAsRequest(request, async () => {
      const url = new URL(req.url ?? '/', 'http://hub.invalid');
      if (cors && (await cors(req, res))) return;
      const crossSite = crossSiteRefusal(req);
      if (crossSite) throw new RequestError(403, crossSite, 'FORBIDDEN');
      if (await serveOperationsEndpoint(operations, request, req, res, url.pathname)) return;
      if (settings.explorer && url.pathname.startsWith(GRAPHIQL_ASSET_PREFIX) && req.method === 'GET') {
        const asset = graphiqlAsset(url.pathname.slice(GRAPHIQL_ASSET_PREFIX.length));
        if (!asset) return sendJson(res, 404, { error: 'No such file.' });
        res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
        return void res.end(asset.body);
      }
      if (url.pathname.startsWith(AUTH_PREFIX) && (await serveAuth(auth, req, res, url.pathname))) return;
      if (await serveWebApp(req, res, url.pathname)) return;
      if (await serveExport(apollo, orm, viewerOf, req, res, url, request)) return;
      if (url.pathname === IATI_ACTIVITIES_PATH)
        return serveIatiActivities(apollo, orm, viewerOf, req, res, url, request);
      if (url.pathname === IMPORT_PATH)
        return serveObservationImport(CSV_IMPORT, orm, viewerOf, req, res, url, request, imports);
      if (url.pathname === IATI_IMPORT_PATH)
        return serveObservationImport(IATI_IMPORT, orm, viewerOf, req, res, url, request, imports);
      if (url.pathname !== GRAPHQL_PATH) {
        if (await serveWebAppNotFound(req, res)) return;
        return sendJson(res, 404, { error: `Nothing is served at ${url.pathname}; the API is at ${GRAPHQL_PATH}.` });
      }
      if (wantsExplorer(req, url)) {
        if (!settings.explorer)
          return sendJson(res, 404, {
            error: `The explorer is off on this server; POST GraphQL operations to ${GRAPHQL_PATH}.`,
          });
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return void res.end(graphiqlPage(GRAPHQL_PATH));
      }
      isGraphQL = true;
      await serveGraphQL(apollo, orm, viewerOf, req, res, url, request, settings.limits, mailer);
    })
      .catch((error: unknown) => {
        const status = error instanceof RequestError ? error.status : 500;
        const message =
          error instanceof RequestError ? error.message : `Internal server error; quote request id ${requestId}.`;
        const code = error instanceof RequestError ? error.code : 'INTERNAL_SERVER_ERROR';
        request.errorCodes.push(code);
        if (status === 500) request.log.error({ err: error }, 'request failed');
        // The rest of an over-long body is never read, so the connection cannot carry another request.
        if (status === 413) res.shouldKeepAlive = false;
        const retryAfter =
          error instanceof RequestError && error.retryAfterSeconds !== undefined
            ? { 'retry-after': String(error.retryAfterSeconds) }
            : undefined;
        if (!res.headersSent)
          sendJson(res, status, { errors: [{ message, extensions: { code, requestId } }] }, retryAfter);
        else res.end();
      })
      .finally(() => {
        if (isGraphQL) finishGraphQLRequest(request, res.statusCode, operations.metrics);
      });
  };
}

/**
 * Starts serving on `port` (0 picks a free one) and `host`; CSV imports spend from `budget`, the
 * rate budget Apollo's operations spend from. `close()` stops accepting connections, lets requests
 * in flight finish (for `shutdownTimeoutMs` at most) and resolves when every connection is closed.
 */
export async function startHttpServer(
  apollo: ApolloServer<Context>,
  budget: CostBudget,
  orm: MikroORM,
  port: number,
  host: string,
  options: HttpServerOptions = {},
): Promise<HubHttpServer> {
  const log = options.logger ?? processLogger;
  const shutdownTimeoutMs = options.shutdownTimeoutMs ?? SHUTDOWN_TIMEOUT_MS;
  let closing = false;
  const operations: OperationsState = { orm, metrics: new HubMetrics(orm), isClosing: () => closing };
  const settings = options.settings ?? serverSettingsFromEnv();
  const badTokens = createCostBudget(settings.limits, {
    name: 'bad-tokens',
    points: settings.limits.rateLimitBadTokens,
  });
  const allowance = badLookUpAllowance(settings, badTokens);
  const signInWindow = { ...settings.limits, rateLimitWindowSeconds: settings.accounts.signInWindowSeconds };
  const auth: AuthState = {
    orm,
    settings,
    allowance,
    sessions: openSessionStore(orm, settings),
    attemptsByAccount: createCostBudget(signInWindow, {
      name: 'sign-in-account',
      points: settings.accounts.signInAttemptsPerAccount,
    }),
    attemptsByAddress: createCostBudget(signInWindow, {
      name: 'sign-in-address',
      points: settings.accounts.signInAttemptsPerAddress,
    }),
    oidc: settings.accounts.oidc ? new OidcSignIn(settings.accounts.oidc) : undefined,
  };
  await Promise.all([badTokens.open(), auth.attemptsByAccount.open(), auth.attemptsByAddress.open()]);
  const server: Server = createServer(
    handler(
      apollo,
      orm,
      log,
      operations,
      settings,
      budget,
      requestViewer(orm, settings, allowance, auth.sessions),
      auth,
    ),
  );
  const inFlight = new Set<ServerResponse>();
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      if (closing) server.closeIdleConnections();
    });
  });
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
        closing = true;
        // Answers still to come say `Connection: close`; idle kept-alive connections close now.
        for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
        const cap = setTimeout(() => {
          log.warn(
            { inFlight: inFlight.size, shutdownTimeoutMs },
            'requests still in flight at the shutdown deadline; closing their connections',
          );
          server.closeAllConnections();
        }, shutdownTimeoutMs);
        server.close(() => {
          clearTimeout(cap);
          void Promise.all([
            badTokens.close(),
            auth.attemptsByAccount.close(),
            auth.attemptsByAddress.close(),
            auth.sessions.close(),
          ]).then(() => resolve());
        });
        server.closeIdleConnections();
      }),
  };
}
