import type { GraphQLFormattedError } from 'graphql';
import { expect } from 'vitest';

/** The codes the API may answer a client's mistake with (DESIGN.md), INTERNAL_SERVER_ERROR left out on purpose. */
export const CLIENT_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'QUERY_TOO_COMPLEX',
  'SERVICE_UNAVAILABLE',
  'PERSISTED_QUERY_NOT_FOUND',
] as const;

export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

/** One raw HTTP request to the GraphQL endpoint. */
export interface HostileRequest {
  method?: string;
  /** Query string, with its leading `?`. */
  search?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

/** What a hostile request must get back. */
export interface HostileExpectation {
  /** True: a 4xx or a coded GraphQL error is required. False: data is fine too, errors must still be coded. */
  refused: boolean;
  /** The exact HTTP status, where only one is right. */
  status?: number;
  /** The codes the first error may have, where only some are right. */
  codes?: readonly ClientErrorCode[];
  /** A 4xx without a JSON body is accepted (Node's own HTTP parser answers some requests before the hub sees them). */
  bodyless?: boolean;
  /** More checks on a JSON body. */
  check?: (body: HostileResponseBody) => void;
}

/** One row of a table-driven hostile-input suite. */
export interface HostileCase {
  name: string;
  request: HostileRequest;
  expect: HostileExpectation;
}

export interface HostileResponseBody {
  data?: Record<string, any> | null;
  errors?: GraphQLFormattedError[];
}

/** Must be refused with a 4xx or a coded error. */
export function refused(options: Omit<HostileExpectation, 'refused'> = {}): HostileExpectation {
  return { refused: true, ...options };
}

/** May be answered with data (hostile text matched literally), but never with an uncoded or internal error. */
export function harmless(check?: (body: HostileResponseBody) => void): HostileExpectation {
  return { refused: false, check };
}

/** A JSON POST of `payload`. */
export function postJson(payload: unknown, headers: Record<string, string> = {}): HostileRequest {
  return { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) };
}

/** A JSON POST of one operation. */
export function operation(
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): HostileRequest {
  return postJson(variables === undefined ? { query } : { query, variables }, headers);
}

/** A POST of `body` exactly as given, with `contentType` (none when undefined). */
export function rawPost(
  body: string | Uint8Array,
  contentType?: string,
  headers: Record<string, string> = {},
): HostileRequest {
  // A Uint8Array body makes fetch send no content type of its own.
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return {
    method: 'POST',
    headers: { ...(contentType === undefined ? {} : { 'content-type': contentType }), ...headers },
    body: bytes,
  };
}

/** A GET with these query-string parameters. */
export function getWith(params: Record<string, string>, headers: Record<string, string> = {}): HostileRequest {
  const search = new URLSearchParams(params).toString();
  return { method: 'GET', search: search ? `?${search}` : '', headers: { accept: 'application/json', ...headers } };
}

/** What came back: the status, the body as text, and the body as JSON when it is JSON. */
export interface HostileResponse {
  status: number;
  text: string;
  body: HostileResponseBody | undefined;
  milliseconds: number;
}

/** Sends `request` to `url`, giving up (and failing) after `timeoutMs`: a hang is a bug too. */
export async function send(url: string, request: HostileRequest, timeoutMs = 30_000): Promise<HostileResponse> {
  const started = performance.now();
  const response = await fetch(`${url}${request.search ?? ''}`, {
    method: request.method ?? 'POST',
    headers: request.headers,
    body: request.body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let body: HostileResponseBody | undefined;
  try {
    body = JSON.parse(text) as HostileResponseBody;
  } catch {
    body = undefined;
  }
  return { status: response.status, text, body, milliseconds: performance.now() - started };
}

/** Asserts what DESIGN.md promises for any request: no 5xx, every error coded with a public code, refusals refused. */
export function expectAnsweredAsClientError(
  name: string,
  response: HostileResponse,
  expectation: HostileExpectation,
): void {
  const shown = `${name}: HTTP ${response.status} ${response.text.slice(0, 600)}`;
  expect(response.status, shown).toBeLessThan(500);
  if (response.body === undefined || typeof response.body !== 'object' || response.body === null) {
    expect(
      expectation.bodyless && response.status >= 400,
      `${shown} (a body that is not a GraphQL JSON response)`,
    ).toBe(true);
    if (expectation.status !== undefined) expect(response.status, shown).toBe(expectation.status);
    return;
  }
  const errors = response.body.errors ?? [];
  for (const error of errors) {
    expect(CLIENT_ERROR_CODES as readonly unknown[], `${shown} (error code)`).toContain(error.extensions?.code);
  }
  if (expectation.status !== undefined) expect(response.status, shown).toBe(expectation.status);
  if (response.status >= 400) expect(errors.length, `${shown} (a 4xx says why, with a code)`).toBeGreaterThan(0);
  if (expectation.refused)
    expect(response.status >= 400 || errors.length > 0, `${shown} (expected a refusal)`).toBe(true);
  if (expectation.codes && errors.length > 0)
    expect(expectation.codes as readonly unknown[], shown).toContain(errors[0].extensions?.code);
  expectation.check?.(response.body);
}
