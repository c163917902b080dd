import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { accountForSignIn, accountOfSession, normalisedEmail, useAccountLink } from '../auth/accounts';
import { localPath } from '../auth/local-path';
import { passwordMatches, passwordProblem } from '../auth/passwords';
import type { OidcChecks, OidcSignIn } from '../auth/oidc-sign-in';
import type { SessionStore } from '../auth/session-store';
import { AccountLinkPurpose } from '../entities/account-link.entity';
import type { AccountSettings } from '../settings/settings';
import { clientAddress } from './client-address';
import { RequestError, sendJson } from './http-json';
import type { CostBudget } from './limits/rate-budget';
import type { BadLookUpAllowance } from './request-viewer';
import type { ServerSettings } from './server-settings';
import { hasRequestHeader, isHttps, REQUEST_HEADER, sessionCookie, sessionSecretOf } from './session-cookie';

/** Where the sign-in endpoints are; every POST under it must carry `REQUEST_HEADER`. */
export const AUTH_PREFIX = '/auth/';
/** Largest JSON body an endpoint here reads. */
const MAX_BODY_BYTES = 16_000;

/** What the endpoints share: the database, the sessions, and the sign-in allowances per email and per client address. */
export interface AuthState {
  orm: MikroORM;
  sessions: SessionStore;
  settings: ServerSettings;
  /** Sign-in attempts per email (its SHA-256) per window. */
  attemptsByAccount: CostBudget;
  /** Sign-in, invitation and reset attempts per client address per window. */
  attemptsByAddress: CostBudget;
  /** Each address's allowance of bad tokens and sessions, which a session look-up spends from. */
  allowance: BadLookUpAllowance;
  /** Sign-in through the OpenID Connect provider; undefined when OIDC_ISSUER is unset. */
  oidc: OidcSignIn | undefined;
}

/** The cookie that keeps the OpenID Connect checks (state, nonce, PKCE verifier) from the start to the callback. */
const OIDC_COOKIE = 'hub_oidc';
/** How long a browser may take at the provider, in seconds. */
const OIDC_COOKIE_SECONDS = 600;

function oidcCookie(value: string, secure: boolean): string {
  const parts = [
    `${OIDC_COOKIE}=${value}`,
    'Path=/auth/oidc/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${value ? OIDC_COOKIE_SECONDS : 0}`,
  ];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

/** What the checks cookie keeps: the checks, and the local path to return to after sign-in. */
interface OidcCookie {
  checks: OidcChecks;
  next: string;
}

function oidcChecksOf(req: IncomingMessage): OidcCookie | null {
  for (const part of (req.headers.cookie ?? '').slice(0, 8_000).split(';')) {
    const [name, value] = part.trim().split('=', 2);
    if (name !== OIDC_COOKIE || !value || !/^[A-Za-z0-9_-]{1,4000}$/.test(value)) continue;
    try {
      const checks = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<
        OidcChecks & { next: string }
      >;
      if (
        typeof checks.state === 'string' &&
        typeof checks.nonce === 'string' &&
        typeof checks.codeVerifier === 'string'
      )
        return {
          checks: { state: checks.state, nonce: checks.nonce, codeVerifier: checks.codeVerifier },
          next: localPath(checks.next) ?? '/',
        };
    } catch {
      return null;
    }
  }
  return null;
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location, 'cache-control': 'no-store' });
  res.end();
}

/** Where a browser whose provider sign-in failed is sent, with why. */
const SIGN_IN_PAGE = '/sign-in';

/** `GET /auth/oidc/start?next=/report`: to the provider, keeping the checks and where to return (a local path, else `/`). */
async function serveOidcStart(state: AuthState, oidc: OidcSignIn, req: IncomingMessage, res: ServerResponse) {
  const { url, checks } = await oidc.start();
  const next = localPath(new URL(req.url ?? '/', 'http://hub.invalid').searchParams.get('next')) ?? '/';
  const secure = isHttps(req, state.settings.trustedProxies);
  const kept = Buffer.from(JSON.stringify({ ...checks, next })).toString('base64url');
  res.setHeader('set-cookie', oidcCookie(kept, secure));
  redirect(res, url);
}

/**
 * Back from the provider: redeems the code against the checks the browser kept, then signs in the
 * enabled account whose email the provider says it verified, and returns to the local path the
 * start was given. No account is made here: a person must be invited first. A callback without the
 * checks cookie, or with a state other than the one kept, is refused at once; any other spends one of
 * the address's sign-in attempts (a sign-in gives it back), as a password sign-in does: past them,
 * the browser goes to `/sign-in?error=too-many-attempts&retryAfter=<s>` before the
 * provider is asked anything. Any other failure sends it to `/sign-in?error=<why>`.
 */
async function serveOidcCallback(state: AuthState, oidc: OidcSignIn, req: IncomingMessage, res: ServerResponse) {
  const secure = isHttps(req, state.settings.trustedProxies);
  res.setHeader('set-cookie', oidcCookie('', secure));
  const fail = (why: string) => redirect(res, `${SIGN_IN_PAGE}?error=${why}`);
  const kept = oidcChecksOf(req);
  if (!kept) return fail('oidc-expired');
  const callbackUrl = new URL(req.url ?? '/', state.settings.accounts.oidc!.redirectUri);
  // Refused before it spends an attempt: a page elsewhere, which cannot know the state this browser
  // kept, must not use up its address's sign-ins.
  if (callbackUrl.searchParams.get('state') !== kept.checks.state) return fail('oidc-refused');
  const address = clientAddress(req, state.settings.trustedProxies);
  const spending = await state.attemptsByAddress.spend(address, 1);
  if (!spending.allowed) {
    res.setHeader('retry-after', String(spending.retryAfterSeconds));
    return fail(`too-many-attempts&retryAfter=${spending.retryAfterSeconds}`);
  }
  let identity;
  try {
    identity = await oidc.finish(callbackUrl, kept.checks);
  } catch {
    return fail('oidc-refused');
  }
  const email = normalisedEmail(identity.email);
  if (!email || !identity.emailVerified) return fail('email-not-verified');
  const account = await accountForSignIn(state.orm.em.fork(), email);
  if (!account || account.disabled) return fail('no-account');
  await state.attemptsByAddress.refund(address, 1);
  res.removeHeader('set-cookie');
  await signIn(state, req, res, account.id);
  res.appendHeader('set-cookie', oidcCookie('', secure));
  redirect(res, kept.next);
}

/**
 * `GET /auth/session`: whom the browser's session cookie signs in, for the app's header. Its look-up
 * spends from the address's allowance of bad tokens and sessions as /graphql does (429 once spent;
 * a live session gives its point back). Otherwise 200:
 * `{"signedIn": true, "account": {"email", "role"}}`, or `{"signedIn": false, "account": null,
 * "ended": <whether a cookie came whose session has ended>}`. It reads the cookie only, never a token.
 */
async function serveSession(state: AuthState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const secret = sessionSecretOf(req);
  const address = clientAddress(req, state.settings.trustedProxies);
  const lookUp = async () => {
    const session = await state.sessions.use(secret!);
    return session ? accountOfSession(state.orm.em.fork(), session.accountId, session.createdAt) : null;
  };
  let account;
  try {
    account = secret ? await state.allowance(address, lookUp, (found) => !found) : null;
  } catch (error) {
    const spent = error instanceof GraphQLError && error.extensions.code === 'QUERY_TOO_COMPLEX';
    if (!spent) throw error;
    const retryAfter = (error.extensions.cost as { retryAfterSeconds: number }).retryAfterSeconds;
    throw new RequestError(429, error.message, 'QUERY_TOO_COMPLEX', retryAfter);
  }
  if (account) return sendJson(res, 200, { signedIn: true, account: { email: account.email, role: account.role } });
  sendJson(res, 200, { signedIn: false, account: null, ended: secret !== undefined });
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (!(req.headers['content-type'] ?? '').includes('application/json'))
    throw new RequestError(415, 'Send the body as JSON (Content-Type: application/json).');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new RequestError(413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new RequestError(400, 'The request body is not valid JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new RequestError(400, 'The request body must be a JSON object.');
  return body as Record<string, unknown>;
}

/** Takes one attempt from `key`'s allowance, or refuses with 429 and Retry-After. */
async function spendAttempt(budget: CostBudget, key: string, what: string): Promise<void> {
  const spending = await budget.spend(key, 1);
  if (!spending.allowed)
    throw new RequestError(
      429,
      `Too many sign-in attempts ${what}; retry in ${spending.retryAfterSeconds} s.`,
      'QUERY_TOO_COMPLEX',
      spending.retryAfterSeconds,
    );
}

/** Opens a session for `accountId`, ending the one the browser came with (a new id at every sign-in), and sets its cookie. */
async function signIn(state: AuthState, req: IncomingMessage, res: ServerResponse, accountId: number): Promise<void> {
  const previous = sessionSecretOf(req);
  if (previous) await state.sessions.end(previous);
  const secret = await state.sessions.open(accountId);
  const accounts: AccountSettings = state.settings.accounts;
  res.setHeader(
    'set-cookie',
    sessionCookie(secret, isHttps(req, state.settings.trustedProxies), accounts.sessionMaxAgeSeconds),
  );
}

const WRONG = 'The email or password is wrong.';

async function serveSignIn(state: AuthState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readJson(req);
  const email = normalisedEmail(body.email);
  const { password } = body;
  if (typeof body.email !== 'string' || typeof password !== 'string')
    throw new RequestError(400, 'Send {"email": "...", "password": "..."}.');
  const address = clientAddress(req, state.settings.trustedProxies);
  await spendAttempt(state.attemptsByAddress, address, 'from this address');
  const accountKey = createHash('sha256')
    .update(email ?? body.email.slice(0, 300))
    .digest('hex');
  try {
    await spendAttempt(state.attemptsByAccount, accountKey, 'for this email');
  } catch (refusal) {
    // An attempt the email's allowance refused checks no password, so it costs the address nothing.
    await state.attemptsByAddress.refund(address, 1);
    throw refusal;
  }
  const account = email ? await accountForSignIn(state.orm.em.fork(), email) : null;
  const usable = account && !account.disabled ? account : null;
  // One answer, after one hash check, for an unknown email, a disabled account and a wrong password.
  if (!(await passwordMatches(usable?.passwordHash, password)) || !usable)
    throw new RequestError(401, WRONG, 'UNAUTHENTICATED');
  await Promise.all([state.attemptsByAddress.refund(address, 1), state.attemptsByAccount.refund(accountKey, 1)]);
  await signIn(state, req, res, usable.id);
  sendJson(res, 200, { signedIn: true });
}

async function serveSignOut(state: AuthState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const secret = sessionSecretOf(req);
  if (secret) await state.sessions.end(secret);
  res.setHeader('set-cookie', sessionCookie('', isHttps(req, state.settings.trustedProxies), 0));
  sendJson(res, 200, { signedOut: true });
}

/** Sets the password through a one-time link of `purpose`, then signs in; a reset first ends the account's sessions. */
async function serveLink(
  state: AuthState,
  req: IncomingMessage,
  res: ServerResponse,
  purpose: AccountLinkPurpose,
): Promise<void> {
  const body = await readJson(req);
  const { token, password } = body;
  if (typeof token !== 'string') throw new RequestError(400, 'Send {"token": "...", "password": "..."}.');
  const problem = passwordProblem(password);
  if (problem) throw new RequestError(400, `The password ${problem}`);
  await spendAttempt(state.attemptsByAddress, clientAddress(req, state.settings.trustedProxies), 'from this address');
  const accountId = await useAccountLink(state.orm.em.fork(), token, purpose, password as string);
  if (accountId === null)
    throw new RequestError(400, 'This link is unknown, already used or expired; ask an administrator for a new one.');
  if (purpose === AccountLinkPurpose.PASSWORD_RESET) await state.sessions.endAll(accountId);
  await signIn(state, req, res, accountId);
  sendJson(res, 200, { signedIn: true });
}

/**
 * The sign-in endpoints under `/auth/`, JSON in and out (README, "Accounts"): `POST sign-in`,
 * `POST sign-out`, `POST accept-invitation`, `POST reset-password`, `GET methods`, `GET session`, and the
 * OpenID Connect redirects `GET oidc/start` and `GET oidc/callback`. Every POST must carry
 * `REQUEST_HEADER`. Returns false for a path that is not theirs.
 */
export async function serveAuth(
  state: AuthState,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): Promise<boolean> {
  if (!pathname.startsWith(AUTH_PREFIX)) return false;
  const endpoint = pathname.slice(AUTH_PREFIX.length);
  if (endpoint === 'methods' && req.method === 'GET') {
    const provider = state.settings.accounts.oidc?.providerName;
    sendJson(res, 200, {
      password: true,
      oidc: state.oidc !== undefined,
      ...(provider ? { oidcProvider: provider } : {}),
    });
    return true;
  }
  if (endpoint === 'session' && req.method === 'GET') {
    await serveSession(state, req, res);
    return true;
  }
  if (endpoint === 'oidc/start' || endpoint === 'oidc/callback') {
    if (req.method !== 'GET') throw new RequestError(405, `${pathname} takes GET.`);
    if (!state.oidc)
      throw new RequestError(404, 'Sign-in through OpenID Connect is off: OIDC_ISSUER is unset.', 'NOT_FOUND');
    await (endpoint === 'oidc/start' ? serveOidcStart : serveOidcCallback)(state, state.oidc, req, res);
    return true;
  }
  const posts: Record<string, () => Promise<void>> = {
    'sign-in': () => serveSignIn(state, req, res),
    'sign-out': () => serveSignOut(state, req, res),
    'accept-invitation': () => serveLink(state, req, res, AccountLinkPurpose.INVITATION),
    'reset-password': () => serveLink(state, req, res, AccountLinkPurpose.PASSWORD_RESET),
  };
  const serve = Object.hasOwn(posts, endpoint) ? posts[endpoint] : undefined;
  if (!serve) throw new RequestError(404, `Nothing is served at ${pathname}.`, 'NOT_FOUND');
  if (req.method !== 'POST') throw new RequestError(405, `${pathname} takes POST.`, 'BAD_USER_INPUT');
  if (!hasRequestHeader(req))
    throw new RequestError(
      403,
      `POST ${pathname} must carry the ${REQUEST_HEADER} header (any value, e.g. "X-Requested-With: fetch").`,
      'FORBIDDEN',
    );
  await serve();
  return true;
}
