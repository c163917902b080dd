import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BlockList } from 'node:net';
import { isHttps } from './session-cookie';

/**
 * The Content-Security-Policy of every response: scripts only from the hub's own files (no inline
 * script, no eval), styles from its files and inline (GraphiQL and the charts set styles), images
 * from its files and `data:` URLs, requests only to itself, no plugins, no `<base>`, forms posting
 * only to itself, and no framing by any page (the header form of X-Frame-Options below).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** HSTS over HTTPS: a year, subdomains included. */
const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/**
 * Sets the security headers every response carries, pages and API alike: the CSP above,
 * `X-Content-Type-Options: nosniff`, `Referrer-Policy: same-origin`, `X-Frame-Options: DENY`,
 * `Cross-Origin-Opener-Policy: same-origin`, and HSTS when the browser came over HTTPS.
 */
export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse, trustedProxies: BlockList): void {
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'same-origin');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  if (isHttps(req, trustedProxies)) res.setHeader('strict-transport-security', STRICT_TRANSPORT_SECURITY);
}
