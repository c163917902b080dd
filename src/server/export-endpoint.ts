import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLFormattedError } from 'graphql';
import { writeCsv } from '../export/csv-output';
import { EXPORT_TABLES } from '../export/export-tables';
import { ExportInputError, type ExportPage, type RunOperation } from '../export/export-table';
import { writeXlsx } from '../export/xlsx-output';
import type { ErrorCode } from '../schema/errors';
import { buildContext, type Context } from '../loaders/request-context';
import { budgetWaitingRunner } from './budget-waiting-runner';
import { RequestError } from './http-json';
import type { RequestState } from './request-id';
import type { RequestViewer } from './request-viewer';

/** Downloads: `/export/{table}.{csv|xlsx}?{the page's URL state}`. */
export const EXPORT_PATH = /^\/export\/([a-z-]+)\.(csv|xlsx)$/;

const FORMATS = {
  csv: { write: writeCsv, type: 'text/csv; charset=utf-8' },
  xlsx: { write: writeXlsx, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
} as const;

/** The HTTP status of a refused operation: the one Apollo chose (429 for a spent budget), else by its first error's code. */
const STATUS_BY_CODE: Partial<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  QUERY_TOO_COMPLEX: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * Runs the export's operations through Apollo as `context`'s viewer, so read rules, cost limits and
 * the rate budget apply as on /graphql. An error `ignorable` accepts (a field the caller may not read,
 * answered null) leaves the rest of the answer standing; any other refuses.
 */
export function operationRunner(
  apollo: ApolloServer<Context>,
  context: () => Context,
  ignorable: (error: GraphQLFormattedError) => boolean = () => false,
): RunOperation {
  return async <Data>(query: string, variables: object, ignored?: (error: GraphQLFormattedError) => void) => {
    const response = await apollo.executeOperation<Data>(
      { query, variables: { ...variables } },
      { contextValue: context() },
    );
    if (response.body.kind !== 'single') throw new Error('An export operation answered incrementally.');
    const { data, errors } = response.body.singleResult;
    const first = errors?.find((error) => !ignorable(error));
    if (!first) {
      if (ignored) for (const error of errors ?? []) ignored(error);
      return data as Data;
    }
    const code = (first.extensions?.code as ErrorCode | undefined) ?? 'INTERNAL_SERVER_ERROR';
    const status =
      response.http.status && response.http.status !== 200 ? response.http.status : (STATUS_BY_CODE[code] ?? 500);
    const retryAfter = Number(response.http.headers.get('retry-after')) || undefined;
    throw new RequestError(status, first.message, code, retryAfter);
  };
}

/**
 * Answers a download: the table's operation run as the caller with the variables its query string
 * gives (400 naming the bad parameter), its first page fetched before anything is sent (so a refusal,
 * 429 among them, keeps its status), then every page streamed out as CSV or XLSX, each waiting for
 * the rate budget when it runs short. A failure after the first byte cuts the connection, so no
 * truncated file looks complete. Returns false for any other path.
 */
export async function serveExport(
  apollo: ApolloServer<Context>,
  orm: MikroORM,
  viewerOf: RequestViewer,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  request: RequestState,
): Promise<boolean> {
  const match = EXPORT_PATH.exec(url.pathname);
  if (!match) return false;
  const [, name = '', extension = ''] = match;
  const table = EXPORT_TABLES.get(name);
  if (!table)
    throw new RequestError(
      404,
      `No table '${name}' is exported; the tables are ${[...EXPORT_TABLES.keys()].join(', ')}.`,
      'NOT_FOUND',
    );
  if (req.method !== 'GET') throw new RequestError(405, 'Downloads are fetched with GET.');
  let variables: unknown;
  try {
    variables = table.variables(url.searchParams);
  } catch (error) {
    if (error instanceof ExportInputError) throw new RequestError(400, error.message);
    throw error;
  }
  const viewer = await viewerOf(req);
  request.viewerKey = viewer.key;
  let begun = false;
  const run = budgetWaitingRunner(
    operationRunner(apollo, () => ({ ...buildContext(orm, viewer), download: true }), table.ignorable),
    () => begun && !res.destroyed,
  );
  const pages = table.pages(run, variables)[Symbol.asyncIterator]();
  const first = await pages.next();
  begun = true;
  async function* all(): AsyncIterable<ExportPage> {
    let next = first;
    while (!next.done) {
      yield next.value;
      next = await pages.next();
    }
  }
  const format = FORMATS[extension as keyof typeof FORMATS];
  res.writeHead(200, {
    'content-type': format.type,
    'content-disposition': `attachment; filename="${name}.${extension}"`,
    'cache-control': 'no-store',
  });
  try {
    await format.write(table, all(), res);
  } catch (error) {
    // A client that went away ends the download too; that is no failure of the hub's.
    if (res.destroyed) request.log.info('export ended: the client closed the connection');
    else request.log.error({ err: error }, 'export failed after its first byte');
    res.destroy();
  }
  return true;
}
