import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../src/server/security-headers';
import { serverSettingsFromEnv } from '../src/server/server-settings';
import { initTestHub, type TestHub } from './support/test-hub';

describe('security headers on every response', () => {
  let hub: TestHub;
  let origin: string;
  beforeAll(async () => {
    hub = await initTestHub(undefined, serverSettingsFromEnv({ ...process.env, TRUSTED_PROXIES: '127.0.0.1' }));
    origin = new URL(await hub.listen()).origin;
  });
  afterAll(() => hub.close());

  it('sends the CSP (no inline script), nosniff, a Referrer-Policy and no framing, on pages, API, files, sign-in and errors', async () => {
    const requests: [string, RequestInit][] = [
      ['/graphql', { headers: { accept: 'text/html' } }],
      ['/graphiql/explorer.js', {}],
      [
        '/graphql',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ viewer { role } }"}' },
      ],
      ['/auth/methods', {}],
      ['/auth/sign-in', { method: 'POST' }],
      ['/nowhere', {}],
      ['/healthz', {}],
    ];
    for (const [path, init] of requests) {
      const response = await fetch(origin + path, init);
      const headers = Object.fromEntries(response.headers);
      expect(headers, path).toMatchObject({
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'same-origin',
        'x-frame-options': 'DENY',
      });
      expect(headers['strict-transport-security'], path).toBeUndefined();
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('serves the explorer page with no inline script', async () => {
    const html = await (await fetch(`${origin}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(html.match(/<script[^>]*>/g)!.every((tag) => / src="\/graphiql\/[\w-]+\.js"/.test(tag))).toBe(true);
  });

  it('adds HSTS when a trusted proxy says the browser came over HTTPS', async () => {
    const response = await fetch(`${origin}/auth/methods`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});
