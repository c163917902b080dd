import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAddress, trustedProxyList } from '../src/server/client-address';
import { serverSettingsFromEnv } from '../src/server/server-settings';
import { initTestHub, type TestHub } from './support/test-hub';

/** A request from `peer`, with `forwardedFor` as its X-Forwarded-For header when given. */
function requestFrom(peer: string, forwardedFor?: string): IncomingMessage {
  return {
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  } as unknown as IncomingMessage;
}

describe('the client address behind trusted proxies (TRUSTED_PROXIES)', () => {
  const proxies = trustedProxyList(['10.0.0.0/8', '192.0.2.7', 'fd00::/8']);

  it('is the peer when the peer is not a trusted proxy, whatever X-Forwarded-For says', () => {
    expect(clientAddress(requestFrom('198.51.100.9', '203.0.113.1'), proxies)).toBe('198.51.100.9');
    expect(clientAddress(requestFrom('10.1.1.1', '203.0.113.1'), trustedProxyList([]))).toBe('10.1.1.1');
    expect(clientAddress(requestFrom('::ffff:198.51.100.9', '203.0.113.1'), proxies)).toBe('198.51.100.9');
  });

  it('is the rightmost address of X-Forwarded-For that is not a trusted proxy', () => {
    expect(clientAddress(requestFrom('10.1.1.1', '203.0.113.1'), proxies)).toBe('203.0.113.1');
    // The client made up the left entry; the nearest proxy appended the real one.
    expect(clientAddress(requestFrom('10.1.1.1', '1.1.1.1, 203.0.113.1'), proxies)).toBe('203.0.113.1');
    // A chain of trusted proxies is walked through.
    expect(clientAddress(requestFrom('::ffff:10.1.1.1', '1.1.1.1, 203.0.113.1,192.0.2.7 , 10.9.9.9'), proxies)).toBe(
      '203.0.113.1',
    );
    expect(clientAddress(requestFrom('fd00::1', '2001:db8::5, fd00::2'), proxies)).toBe('2001:db8::5');
    // Every hop trusted: the leftmost one.
    expect(clientAddress(requestFrom('10.1.1.1', '10.2.2.2, 192.0.2.7'), proxies)).toBe('10.2.2.2');
    // No header: the peer.
    expect(clientAddress(requestFrom('10.1.1.1'), proxies)).toBe('10.1.1.1');
  });

  it('stops at an entry that is not an address, at the hop right of it', () => {
    expect(clientAddress(requestFrom('10.1.1.1', '203.0.113.1, unknown, 10.2.2.2'), proxies)).toBe('10.2.2.2');
    expect(clientAddress(requestFrom('10.1.1.1', '203.0.113.1:5000'), proxies)).toBe('10.1.1.1');
    expect(clientAddress(requestFrom('10.1.1.1', ''), proxies)).toBe('10.1.1.1');
  });

  it('reads only the end of a long header, in linear time', () => {
    const long = `${'1.1.1.1, '.repeat(200_000)}203.0.113.1`;
    const started = performance.now();
    expect(clientAddress(requestFrom('10.1.1.1', long), proxies)).toBe('203.0.113.1');
    const trusted = `${'x'.repeat(1_000_000)},${'10.0.0.1,'.repeat(500)}10.0.0.2`;
    expect(clientAddress(requestFrom('10.1.1.1', trusted), proxies)).toBe('10.0.0.1');
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('refuses a TRUSTED_PROXIES entry that is neither an address nor a CIDR range', () => {
    for (const entry of [
      'proxy.example.org',
      '10.0.0.0/33',
      '10.0.0.0/',
      '10.0.0.0/8/8',
      'fd00::/129',
      '10.0.0.0/ 8',
    ]) {
      expect(() => serverSettingsFromEnv({ TRUSTED_PROXIES: entry }), entry).toThrow(
        /^TRUSTED_PROXIES must list addresses or CIDR ranges/,
      );
    }
    expect(() => serverSettingsFromEnv({ TRUSTED_PROXIES: ' 10.0.0.0/8 , ::1 ' })).not.toThrow();
  });
});

describe('anonymous rate budgets behind a trusted proxy', () => {
  /** Cost 116 (a count costs 100); a budget of 120 points holds one. */
  const FIVE_PROGRAMMES = '{ programmes(first: 5) { totalCount nodes { code } } }';
  let trusting: TestHub;
  let trustingUrl: string;
  let untrusting: TestHub;
  let untrustingUrl: string;

  beforeAll(async () => {
    const env = { RATE_LIMIT_POINTS: '120', RESPONSE_CACHE_SECONDS: '0' };
    trusting = await initTestHub(undefined, serverSettingsFromEnv({ ...env, TRUSTED_PROXIES: '127.0.0.1' }));
    trustingUrl = await trusting.listen();
    untrusting = await initTestHub(undefined, serverSettingsFromEnv(env));
    untrustingUrl = await untrusting.listen();
  });
  afterAll(async () => {
    await trusting?.close();
    await untrusting?.close();
  });

  const ask = (url: string, forwardedFor: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ query: FIVE_PROGRAMMES }),
    });

  it('keeps one budget per client address that the proxy forwards', async () => {
    expect((await ask(trustingUrl, '203.0.113.1')).status).toBe(200);
    expect((await ask(trustingUrl, '203.0.113.1')).status).toBe(429);
    expect((await ask(trustingUrl, '203.0.113.2')).status).toBe(200);
    // A client cannot pick a fresh budget by putting an address of its own left of the proxy's.
    expect((await ask(trustingUrl, '198.51.100.1, 203.0.113.1')).status).toBe(429);
  });

  it('ignores X-Forwarded-For from a peer it does not trust', async () => {
    expect((await ask(untrustingUrl, '203.0.113.1')).status).toBe(200);
    expect((await ask(untrustingUrl, '203.0.113.2')).status).toBe(429);
  });
});
