import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { CsvImportError, describeProblem } from '../import/import-problem';
import { importObservationsCsv } from '../import/import-observations';
import { importIatiResults } from '../import/iati-results';
import type { SubmitOutcome } from '../writes/submit-observations';
import type { ErrorCode } from '../schema/errors';
import { assertMaySubmit } from '../writes/observation-writers';
import { importBody } from './import-body';
import { ImportPayment } from './limits/import-payment';
import type { CostBudget } from './limits/rate-budget';
import type { ImportRefusal, ImportSlots } from './limits/import-slots';
import type { RequestState } from './request-id';
import type { RequestViewer } from './request-viewer';
import type { Viewer } from '../auth/viewer';
import { RequestError, sendJson } from './http-json';
import type { LimitSettings } from './server-settings';

/** Where CSV files of observations are posted. */
export const IMPORT_PATH = '/import/observations';

/** Where IATI 2.03 activity files are posted, for their results. */
export const IATI_IMPORT_PATH = '/import/iati';

/** A kind of file the hub imports observations from: its media types, and the import. */
export interface ImportFormat {
  path: string;
  /** What the file is called in messages. */
  name: string;
  mediaTypes: string[];
  run(
    body: AsyncIterable<Uint8Array>,
    options: { databaseUrl: string; viewer: Viewer; asDraft: boolean },
  ): Promise<SubmitOutcome>;
}

/** CSV files of observations (README, "CSV import"). */
export const CSV_IMPORT: ImportFormat = {
  path: IMPORT_PATH,
  name: 'CSV file',
  mediaTypes: ['text/csv'],
  run: importObservationsCsv,
};

/** The results of IATI 2.03 activity files (README, "IATI"). */
export const IATI_IMPORT: ImportFormat = {
  path: IATI_IMPORT_PATH,
  name: 'IATI file',
  mediaTypes: ['application/xml', 'text/xml'],
  run: importIatiResults,
};

/** What holds the imports of one instance back: its limits, its slots and the clients' rate budgets. */
export interface ImportLimits {
  limits: LimitSettings;
  slots: ImportSlots;
  budget: CostBudget;
}

/** When a client refused a slot may try again: imports take seconds to minutes. */
const BUSY_RETRY_AFTER_SECONDS = 10;

const BUSY_MESSAGES: Record<ImportRefusal, (limits: LimitSettings) => string> = {
  client: (limits) =>
    `This client already runs ${limits.importMaxConcurrentPerClient} import(s), as many as it may at once (IMPORT_MAX_CONCURRENT_PER_CLIENT); retry once one is done.`,
  instance: (limits) =>
    `The hub already runs ${limits.importMaxConcurrent} imports, as many as it may at once (IMPORT_MAX_CONCURRENT); retry in ${BUSY_RETRY_AFTER_SECONDS} s.`,
};

const STATUS_OF_CODE: Partial<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  SERVICE_UNAVAILABLE: 503,
};

/** Checks the method, the media type (the format's, UTF-8), the `draft` parameter and the declared length; answers whether to store drafts, and the length when declared. */
function checkRequest(
  format: ImportFormat,
  req: IncomingMessage,
  url: URL,
  maxBytes: number,
): { asDraft: boolean; declaredBytes: number | undefined } {
  if (req.method !== 'POST') throw new RequestError(405, `POST a ${format.name} to ${format.path}.`);
  const [mediaType, ...parameters] = (req.headers['content-type'] ?? '')
    .split(';')
    .map((part) => part.trim().toLowerCase());
  const charset = parameters
    .find((parameter) => parameter.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (!format.mediaTypes.includes(mediaType ?? '') || (charset !== undefined && charset !== 'utf-8')) {
    throw new RequestError(
      415,
      `Send the file as "Content-Type: ${format.mediaTypes[0]}" in UTF-8, not ${JSON.stringify(req.headers['content-type'] ?? '')}.`,
    );
  }
  const draft = url.searchParams.get('draft');
  if (draft !== null && draft !== 'true' && draft !== 'false')
    throw new RequestError(400, `Parameter "draft" must be true or false, not ${JSON.stringify(draft.slice(0, 20))}.`);
  const declaredBytes = req.headers['content-length'] === undefined ? undefined : Number(req.headers['content-length']);
  if (declaredBytes !== undefined && declaredBytes > maxBytes)
    throw new RequestError(413, `The ${format.name} is larger than ${maxBytes} bytes (IMPORT_MAX_BYTES).`);
  return { asDraft: draft === 'true', declaredBytes };
}

/**
 * `POST /import/observations` with `Content-Type: text/csv`: imports the body as a CSV file of
 * observations (README, "CSV import") as it streams in, for an ADMIN or REPORTER token; `?draft=true`
 * stores drafts. Answers 200 `{ received, created, updated, unchanged }`, or `{ errors }` shaped
 * like GraphQL's, each with `extensions.code` (and `line` and `field` for the file's problems):
 * 400 for a bad file (first 100 problems), 401, 403, 408 when the upload stalls, 413 past
 * IMPORT_MAX_BYTES, 415 for another media type, 429 with Retry-After, before the body is read, when
 * the client or the instance runs as many imports as it may or the client's rate budget cannot pay
 * for the file. Nothing is written unless the whole file is good; a client that leaves mid-upload
 * leaves nothing.
 */
export async function serveObservationImport(
  format: ImportFormat,
  orm: MikroORM,
  viewerOf: RequestViewer,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  request: RequestState,
  imports: ImportLimits,
): Promise<void> {
  const started = performance.now();
  const { limits } = imports;
  let release: (() => void) | undefined;
  try {
    const { asDraft, declaredBytes } = checkRequest(format, req, url, limits.importMaxBytes);
    const viewer = await viewerOf(req);
    request.viewerKey = viewer.key;
    assertMaySubmit(viewer);
    const slot = imports.slots.take(viewer.key);
    if ('refused' in slot)
      throw new RequestError(429, BUSY_MESSAGES[slot.refused](limits), 'QUERY_TOO_COMPLEX', BUSY_RETRY_AFTER_SECONDS);
    release = slot.release;
    const payment = new ImportPayment(imports.budget, viewer.key, limits, declaredBytes);
    await payment.start();
    const body = importBody(req, {
      maxBytes: limits.importMaxBytes,
      idleTimeoutMs: limits.importIdleTimeoutMs,
      payment,
    });
    const outcome = await format.run(body, { databaseUrl: orm.config.get('clientUrl'), viewer, asDraft });
    request.log.info(
      { viewer: viewer.key, ...outcome, durationMs: Math.round(performance.now() - started) },
      `${format.name} import`,
    );
    sendJson(res, 200, outcome);
  } catch (error) {
    if (req.destroyed && !req.complete) {
      request.log.info(
        { viewer: request.viewerKey, durationMs: Math.round(performance.now() - started) },
        `${format.name} import abandoned by the client; nothing written`,
      );
      return;
    }
    // The rest of the body is left unread, so the connection cannot carry another request.
    if (!req.complete) res.shouldKeepAlive = false;
    const { status, errors, headers } = errorAnswer(error);
    request.errorCodes.push(...errors.map((entry) => entry.extensions.code));
    request.log.info(
      {
        viewer: request.viewerKey,
        status,
        errorCodes: request.errorCodes,
        durationMs: Math.round(performance.now() - started),
      },
      `${format.name} import refused`,
    );
    sendJson(res, status, { errors }, headers);
  } finally {
    release?.();
  }
}

interface ErrorEntry {
  message: string;
  extensions: { code: ErrorCode | string; line?: number; field?: string | null };
}

/** The HTTP status, the errors and the headers answering `error`; an unexpected one is rethrown for the server's 500. */
function errorAnswer(error: unknown): { status: number; errors: ErrorEntry[]; headers?: Record<string, string> } {
  if (error instanceof CsvImportError) {
    return {
      status: error.code === 'FORBIDDEN' ? 403 : 400,
      errors: error.problems.map((problem) => ({
        message: describeProblem(problem),
        extensions: { code: error.code, line: problem.line, field: problem.field },
      })),
    };
  }
  if (error instanceof RequestError)
    return {
      status: error.status,
      errors: [{ message: error.message, extensions: { code: error.code } }],
      headers: error.retryAfterSeconds === undefined ? undefined : { 'retry-after': String(error.retryAfterSeconds) },
    };
  if (error instanceof GraphQLError) {
    const code = String(error.extensions.code);
    // A refusal that says its own HTTP answer (429 with Retry-After for bad tokens) is answered so.
    const http = error.extensions.http as { status?: number; headers?: Map<string, string> } | undefined;
    const headers = http?.headers ? Object.fromEntries(http.headers) : undefined;
    return {
      status: http?.status ?? STATUS_OF_CODE[code] ?? 400,
      errors: [{ message: error.message, extensions: { code } }],
      headers,
    };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      status: 503,
      errors: [
        { message: 'The database cannot be reached; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } },
      ],
      headers: { 'retry-after': '1' },
    };
  }
  throw error;
}
