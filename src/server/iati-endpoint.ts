import type { IncomingMessage, ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLFormattedError } from 'graphql';
import { IatiExportRefusal } from '../iati/iati-activity-xml';
import { iatiActivitiesXml } from '../iati/iati-export';
import { buildContext, type Context } from '../loaders/request-context';
import { operationRunner } from './export-endpoint';
import { RequestError } from './http-json';
import type { RequestState } from './request-id';
import type { RequestViewer } from './request-viewer';

/** Where the IATI activity file is served. */
export const IATI_ACTIVITIES_PATH = '/iati/activities.xml';

/** A programme code as the hub writes them (`NaturalCode`). */
const PROGRAMME_CODE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** A budget the caller may not read answers null with FORBIDDEN; the activity is written without it. */
function unreadableBudget(error: GraphQLFormattedError): boolean {
  return error.extensions?.code === 'FORBIDDEN' && error.path?.at(-1) === 'budget';
}

/**
 * `GET /iati/activities.xml[?programme=CODE]`: an IATI 2.03 iati-activities document of every
 * programme the caller may read (or of one), read through the GraphQL operations as the caller, so
 * the read rules, cost limits and rate budget of /graphql apply. The first activity is ready before
 * anything is sent, so a refusal keeps its status (400 bad parameter, 404 unknown or unreadable
 * programme, 422 a programme the standard cannot take); then each activity is written as it is read,
 * waiting for the client to take it. A failure after the first byte cuts the connection.
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
  const run = operationRunner(apollo, () => buildContext(orm, viewer), unreadableBudget);
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
  try {
    for (let next = first; !next.done; next = await pieces.next()) {
      if (!res.write(next.value)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
      if (res.destroyed) break;
    }
    if (res.destroyed) request.log.info('IATI export ended: the client closed the connection');
    else res.end();
  } catch (error) {
    request.log.error({ err: error }, 'IATI export failed after its first byte');
    res.destroy();
  }
}
