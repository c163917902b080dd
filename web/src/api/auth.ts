import { HUB_HEADERS } from './hub-headers';

/** The roles an account may have, as the hub names them. */
export const ROLES = ['ADMIN', 'EDITOR', 'REPORTER', 'REVIEWER', 'VIEWER'] as const;
export type AccountRole = (typeof ROLES)[number];

/** Whom the browser's session signs in (`GET /auth/session`). */
export type SessionAnswer =
  { signedIn: true; account: { email: string; role: AccountRole } } | { signedIn: false; ended: boolean };

/** How people may sign in here (`GET /auth/methods`): the provider's name when OpenID Connect is on. */
export interface SignInMethods {
  oidc: boolean;
  oidcProvider?: string;
}

/** What an `/auth/` POST answered: ok, or refused with its status, message and (for 429) the seconds to wait. */
export type AuthAnswer = { ok: true } | { ok: false; status: number; message: string; retryAfterSeconds?: number };

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { credentials: 'same-origin', headers: { ...HUB_HEADERS } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Whom the session cookie signs in; anonymous when the hub cannot say. */
export function fetchSession(): Promise<SessionAnswer> {
  return getJson<SessionAnswer>('/auth/session');
}

/** Whether the sign-in page offers the organisation's provider, and its name. */
export function fetchSignInMethods(): Promise<SignInMethods> {
  return getJson<SignInMethods>('/auth/methods');
}

/** POSTs `body` to `/auth/<endpoint>` with the header the hub requires of every such POST. */
export async function postAuth(endpoint: string, body?: unknown): Promise<AuthAnswer> {
  const response = await fetch(`/auth/${endpoint}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { ...HUB_HEADERS, 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  if (response.ok) return { ok: true };
  let message = `HTTP ${response.status}`;
  try {
    const answer = (await response.json()) as { errors?: { message?: string }[] };
    message = answer.errors?.[0]?.message ?? message;
  } catch {
    // The body was not JSON; the status says enough.
  }
  const retryAfter = Number(response.headers.get('retry-after'));
  return {
    ok: false,
    status: response.status,
    message,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  };
}

/**
 * `next` when it is a path of this site: one leading `/` (not `//` or `/\`, which browsers read as
 * another host), no backslash, whitespace or control character; null otherwise, so a link to the
 * sign-in page cannot send anyone to another site. The hub checks `next` by the same rule.
 */
export function localPath(next: string | null | undefined): string | null {
  if (typeof next !== 'string' || next.length > 2_000) return null;
  if (!/^\/(?![/\\])[^\\\s\u0000-\u001f\u007f]*$/.test(next)) return null;
  // Resolved against this origin, it must stay here.
  const resolved = new URL(next, window.location.origin);
  return resolved.origin === window.location.origin ? `${resolved.pathname}${resolved.search}${resolved.hash}` : null;
}

/** The page the browser shows now, as a `next` for the sign-in page. */
export function currentPath(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/** The sign-in page's address, returning to `next` (this page unless told). */
export function signInHref(next = currentPath()): string {
  return `/sign-in?next=${encodeURIComponent(next)}`;
}
