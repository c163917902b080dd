import type { IncomingMessage } from 'node:http';
import { isIP, type BlockList } from 'node:net';

/** The cookie that carries a signed-in browser's session secret. */
export const SESSION_COOKIE = 'hub_session';

/**
 * The header every cookie-authenticated request that may change something (anything but GET and
 * HEAD), and every POST to `/auth/`, must carry, with any value (the web app sends
 * `X-Requested-With: fetch`). A cross-site form cannot send a header, and a cross-site script that
 * tries is stopped by CORS, which never allows credentials.
 */
export const REQUEST_HEADER = 'x-requested-with';

/** Methods that change nothing, so a cookie authenticates them without `REQUEST_HEADER` (downloads from a link). */
const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** The session secret the request's cookie carries; undefined without one. Only a secret's own characters are accepted. */
export function sessionSecretOf(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.slice(0, 8_000).split(';')) {
    const [name, value] = part.trim().split('=', 2);
    if (name === SESSION_COOKIE && value && /^[A-Za-z0-9_-]{1,100}$/.test(value)) return value;
  }
  return undefined;
}

/** Whether the request carries `REQUEST_HEADER`, which a cross-site form cannot send. */
export function hasRequestHeader(req: IncomingMessage): boolean {
  return Boolean(req.headers[REQUEST_HEADER]);
}

/**
 * Why a request must be refused as possibly cross-site, or null: it authenticates with the session
 * cookie alone (no bearer token), may change something (not GET or HEAD), and lacks `REQUEST_HEADER`.
 */
export function crossSiteRefusal(req: IncomingMessage): string | null {
  if (req.headers.authorization || SAFE_METHODS.has(req.method ?? 'GET') || hasRequestHeader(req)) return null;
  if (!sessionSecretOf(req)) return null;
  return `A signed-in request that may change something must carry the ${REQUEST_HEADER} header (any value, e.g. "X-Requested-With: fetch"); a cross-site form cannot send it.`;
}

/**
 * Whether the browser reached the hub over HTTPS: the connection itself is TLS, or it comes from a
 * trusted proxy (TRUSTED_PROXIES) whose `X-Forwarded-Proto` says https.
 */
export function isHttps(req: IncomingMessage, trustedProxies: BlockList): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  const peer = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
  const family = isIP(peer);
  if (family === 0 || !trustedProxies.check(peer, family === 6 ? 'ipv6' : 'ipv4')) return false;
  const proto = req.headers['x-forwarded-proto'];
  const first = (Array.isArray(proto) ? proto[0] : (proto ?? '')).split(',')[0].trim().toLowerCase();
  return first === 'https';
}

/** `Set-Cookie` for the session `secret` (empty clears it): HttpOnly, SameSite=Lax, Path=/, Secure over HTTPS. */
export function sessionCookie(secret: string, secure: boolean, maxAgeSeconds: number): string {
  const parts = [
    `${SESSION_COOKIE}=${secret}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${secret ? maxAgeSeconds : 0}`,
  ];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}
