import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLFormattedError } from 'graphql';
import { IatiExportRefusal } from '../iati/iati-activity-xml';
import { iatiActivitiesXml } from '../iati/iati-export';
import { buildContext, type Context } from '../loaders/request-context';
import { budgetWaitingRunner } from './budget-waiting-runner';
import { operationRunner } from './export-endpoint';
import { RequestError } from './http-json';
import type { RequestState } from './request-id';
import type { RequestViewer } from './request-viewer';

/** Where the IATI activity file is served. */
export const IATI_ACTIVITIES_PATH = '/iati/activities.xml';

/** A programme code as the hub writes them (`NaturalCode`). */
const PROGRAMME_CODE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/**
 * A budget the caller may not read answers null with FORBIDDEN (the programme's total, and the
 * `value` of each budget per period and disbursement); the activity is written without them.
 */
function unreadableBudget(error: GraphQLFormattedError): boolean {
  if (error.extensions?.code !== 'FORBIDDEN' || !error.path) return false;
  const path = error.path;
  return (
    path.at(-1) === 'budget' ||
    (path.at(-1) === 'value' && (path.at(-3) === 'budgets' || path.at(-3) === 'disbursements'))
  );
}

/** The longest the export waits, in all, for the caller's rate budget to refill once it is sending. */
const MAX_BUDGET_WAIT_MS = 10 * 60_000;

/** Resolves when the response can take more, or is closed; leaves no listener behind. */
function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * `GET /iati/activities.xml[?programme=CODE]`: an IATI 2.03 iati-activities document of every
 * programme the caller may read (or of one), read through the GraphQL operations as the caller, so
 * the read rules, cost limits and rate budget of /graphql apply. The first activity is ready before
 * anything is sent, so a refusal keeps its status (400 bad parameter, 404 unknown or unreadable
 * programme, 422 a programme the standard cannot take, 429 a spent rate budget); then each activity
 * is written as it is read, waiting for the client to take it and, when the rate budget is spent,
 * for it to refill. A failure after the first byte cuts the connection.
 */
export async function serveIatiActivities(
  apollo: ApolloServer<Context>,
  orm: MikroORM,
  viewerOf: RequestViewer,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  request: RequestState,
): Promise<void> {
  if (req.method !== 'GET') throw new RequestError(405, 'The IATI activity file is fetched with GET.');
  const code = url.searchParams.get('programme');
  if (code !== null && !PROGRAMME_CODE.test(code))
    throw new RequestError(
      400,
      `The parameter 'programme' must be a programme code (letters, digits, ".", "_", ":", "-"); it is '${code.slice(0, 70)}'.`,
    );
  const viewer = await viewerOf(req);
  request.viewerKey = viewer.key;
  let sending = false;
  const run = budgetWaitingRunner(
    operationRunner(apollo, () => ({ ...buildContext(orm, viewer), download: true }), unreadableBudget),
    () => sending && !res.destroyed,
    MAX_BUDGET_WAIT_MS,
  );
  const pieces = iatiActivitiesXml(run, code, new Date())[Symbol.asyncIterator]();
  let first: IteratorResult<string>;
  try {
    first = await pieces.next();
  } catch (error) {
    if (error instanceof IatiExportRefusal)
      throw new RequestError(
        error.notFound ? 404 : 422,
        error.message,
        error.notFound ? 'NOT_FOUND' : 'BAD_USER_INPUT',
      );
    throw error;
  }
  res.writeHead(200, {
    'content-type': 'application/xml; charset=utf-8',
    'content-disposition': `attachment; filename="${code === null ? 'iati-activities' : `iati-activities-${code}`}.xml"`,
    'cache-control': 'no-store',
  });
  sending = true;
  try {
    for (let next = first; !next.done; next = await pieces.next()) {
      if (!res.write(next.value)) await drainedOrClosed(res);
      if (res.destroyed) break;
    }
    if (res.destroyed) request.log.info('IATI export ended: the client closed the connection');
    else res.end();
  } catch (error) {
    request.log.error({ err: error }, 'IATI export failed after its first byte');
    res.destroy();
  }
}
