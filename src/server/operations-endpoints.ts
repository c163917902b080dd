import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { HubMetrics } from '../ops/metrics';
import { checkReadiness } from '../ops/readiness';
import type { RequestState } from './request-id';
import { sendJson } from './http-json';

/** What the operations endpoints read: the database, the metrics, and whether the server is stopping. */
export interface OperationsState {
  orm: MikroORM;
  metrics: HubMetrics;
  isClosing(): boolean;
}

/**
 * Serves `GET /healthz` (the process is alive), `/readyz` (the database answers and is migrated;
 * 503 with the reason otherwise, and while shutting down) and `/metrics` (Prometheus). Returns
 * false for any other request.
 */
export async function serveOperationsEndpoint(
  state: OperationsState,
  request: RequestState,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  switch (pathname) {
    case '/healthz':
      sendJson(res, 200, { status: 'ok' });
      return true;
    case '/readyz': {
      if (state.isClosing()) {
        sendJson(res, 503, { status: 'not ready', reason: 'The hub is shutting down.' });
        return true;
      }
      const readiness = await checkReadiness(state.orm);
      if (readiness.ready) {
        sendJson(res, 200, { status: 'ready' });
      } else {
        request.log.warn({ reason: readiness.reason, detail: readiness.detail }, 'not ready');
        sendJson(res, 503, { status: 'not ready', reason: readiness.reason });
      }
      return true;
    }
    case '/metrics': {
      const { body, contentType } = await state.metrics.render();
      res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
      res.end(body);
      return true;
    }
    default:
      return false;
  }
}
