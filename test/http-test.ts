import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf } from './support/expect-error';
import { initTestHub, type TestHub } from './support/test-hub';

describe('over real HTTP', () => {
  let hub: TestHub;
  let url: string;
  beforeAll(async () => {
    hub = await initTestHub();
    url = await hub.listen();
  });
  afterAll(() => hub.close());

  it('serves the GraphiQL explorer to a browser, from installed files', async () => {
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/graphiql/graphiql.js');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    for (const asset of ['graphiql.js', 'graphiql.css', 'react.js', 'react-dom.js']) {
      const response = await fetch(new URL(`/graphiql/${asset}`, url));
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(1000);
    }
    expect((await fetch(new URL('/graphiql/secrets.js', url))).status).toBe(404);
  });

  it('answers a POSTed operation as JSON', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query ($code: String!) { programme(code: $code) { code budget { amount currency } } }',
        variables: { code: 'HAJ' },
      }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({
      data: { programme: { code: 'HAJ', budget: { amount: 25000000, currency: 'EUR' } } },
      extensions: { cost: { requested: 5, remaining: expect.any(Number) } },
    });
  });

  it('refuses a GET operation without the preflight header (CSRF prevention) and answers one with it', async () => {
    const target = `${url}?query=${encodeURIComponent('{ programmes { totalCount } }')}`;
    expect((await fetch(target)).status).toBe(400);
    const allowed = await fetch(target, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
    expect((await bodyOf(allowed)).data!.programmes.totalCount).toBeGreaterThan(0);
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ programmes { totalCount } } #${'x'.repeat(4_100_000)}` }),
    });
    expect(response.status).toBe(413);
  });

  it('says it is alive at /healthz and names the API elsewhere', async () => {
    expect(await (await fetch(new URL('/healthz', url))).json()).toEqual({ status: 'ok' });
    const elsewhere = await fetch(new URL('/nothing', url));
    expect(elsewhere.status).toBe(404);
  });
});
