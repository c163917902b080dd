import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { authenticate } from '../auth/authenticate';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { CsvImportError, describeProblem } from '../import/import-problem';
import { importObservationsCsv } from '../import/import-observations';
import type { ErrorCode } from '../schema/errors';
import { assertMaySubmit } from '../writes/observation-writers';
import type { RequestState } from './request-id';
import { RequestError, sendJson } from './http-json';

/** Where CSV files of observations are posted. */
export const IMPORT_PATH = '/import/observations';

const STATUS_OF_CODE: Partial<Record<string, number>> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, SERVICE_UNAVAILABLE: 503 };

/**
 * The body's bytes as they arrive, refused past `maxBytes`. An import that stops reading early
 * leaves the request open, so the refusal can still be answered.
 */
async function* limitedBody(req: IncomingMessage, maxBytes: number): AsyncGenerator<Buffer> {
  let size = 0;
  const body: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => req.iterator({ destroyOnReturn: false }) };
  for await (const chunk of body) {
    size += chunk.length;
    if (size > maxBytes) throw new RequestError(413, `The CSV file is larger than ${maxBytes} bytes (IMPORT_MAX_BYTES).`);
    yield chunk;
  }
}

/** Checks the method, the media type (text/csv, UTF-8) and the `draft` parameter; answers whether to store drafts. */
function checkRequest(req: IncomingMessage, url: URL, maxBytes: number): boolean {
  if (req.method !== 'POST') throw new RequestError(405, `POST a CSV file to ${IMPORT_PATH}.`);
  const [mediaType, ...parameters] = (req.headers['content-type'] ?? '').split(';').map((part) => part.trim().toLowerCase());
  const charset = parameters.find((parameter) => parameter.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (mediaType !== 'text/csv' || (charset !== undefined && charset !== 'utf-8')) {
    throw new RequestError(415, `Send the file as "Content-Type: text/csv" in UTF-8, not ${JSON.stringify(req.headers['content-type'] ?? '')}.`);
  }
  const draft = url.searchParams.get('draft');
  if (draft !== null && draft !== 'true' && draft !== 'false') throw new RequestError(400, `Parameter "draft" must be true or false, not ${JSON.stringify(draft.slice(0, 20))}.`);
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw new RequestError(413, `The CSV file is larger than ${maxBytes} bytes (IMPORT_MAX_BYTES).`);
  return draft === 'true';
}

/**
 * `POST /import/observations` with `Content-Type: text/csv`: imports the body as a CSV file of
 * observations (README, "CSV import") as it streams in, for an ADMIN or REPORTER token; `?draft=true`
 * stores drafts. Answers 200 `{ received, created, updated, unchanged }`, or `{ errors }` shaped
 * like GraphQL's, each with `extensions.code` (and `line` and `field` for the file's problems):
 * 400 for a bad file (first 100 problems), 401, 403, 413 past `maxBytes`, 415 for another media
 * type. Nothing is written unless the whole file is good; a client that leaves mid-upload leaves nothing.
 */
export async function serveObservationImport(orm: MikroORM, req: IncomingMessage, res: ServerResponse, url: URL, request: RequestState, maxBytes: number): Promise<void> {
  const started = performance.now();
  try {
    const asDraft = checkRequest(req, url, maxBytes);
    const viewer = await authenticate(orm.em.fork(), req.headers.authorization, req.socket.remoteAddress ?? 'unknown');
    request.viewerKey = viewer.key;
    assertMaySubmit(viewer);
    const outcome = await importObservationsCsv(limitedBody(req, maxBytes), { databaseUrl: orm.config.get('clientUrl'), viewer, asDraft });
    request.log.info({ viewer: viewer.key, ...outcome, durationMs: Math.round(performance.now() - started) }, 'csv import');
    sendJson(res, 200, outcome);
  } catch (error) {
    if (req.destroyed && !req.complete) {
      request.log.info({ viewer: request.viewerKey, durationMs: Math.round(performance.now() - started) }, 'csv import abandoned by the client; nothing written');
      return;
    }
    // The rest of the body is left unread, so the connection cannot carry another request.
    if (!req.complete) res.shouldKeepAlive = false;
    const { status, errors } = errorAnswer(error);
    request.errorCodes.push(...errors.map((entry) => entry.extensions.code));
    request.log.info({ viewer: request.viewerKey, status, errorCodes: request.errorCodes, durationMs: Math.round(performance.now() - started) }, 'csv import refused');
    sendJson(res, status, { errors }, status === 503 ? { 'retry-after': '1' } : {});
  }
}

interface ErrorEntry {
  message: string;
  extensions: { code: ErrorCode | string; line?: number; field?: string | null };
}

/** The HTTP status and the errors answering `error`; an unexpected one is rethrown for the server's 500. */
function errorAnswer(error: unknown): { status: number; errors: ErrorEntry[] } {
  if (error instanceof CsvImportError) {
    return {
      status: error.code === 'FORBIDDEN' ? 403 : 400,
      errors: error.problems.map((problem) => ({ message: describeProblem(problem), extensions: { code: error.code, line: problem.line, field: problem.field } })),
    };
  }
  if (error instanceof RequestError) return { status: error.status, errors: [{ message: error.message, extensions: { code: error.code } }] };
  if (error instanceof GraphQLError) {
    const code = String(error.extensions.code);
    return { status: STATUS_OF_CODE[code] ?? 400, errors: [{ message: error.message, extensions: { code } }] };
  }
  if (isDatabaseUnavailable(error)) {
    return { status: 503, errors: [{ message: 'The database cannot be reached; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] };
  }
  throw error;
}
