import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_APP_DIRECTORY } from '../../src/server/web-app';
import { initTestHub, type TestHub } from '../support/test-hub';

describe('the hub serves the built web app', () => {
  let hub: TestHub;
  let origin: string;
  beforeAll(async () => {
    hub = await initTestHub();
    origin = new URL(await hub.listen()).origin;
  });
  afterAll(() => hub.close());

  it('answers every page of the app with index.html, never cached', async () => {
    for (const path of [
      '/',
      '/programmes/HAJ',
      '/municipalities/NO/1201',
      '/benchmark?country=NO',
      '/series',
      '/charter',
      '/sign-in?next=%2Freport',
      '/accept-invitation',
      '/reset-password',
    ]) {
      const response = await fetch(origin + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(await response.text(), path).toContain('<div id="root">');
    }
  });

  it('serves the hashed files for good, and 404 for files it does not have', async () => {
    const [script] = readdirSync(join(WEB_APP_DIRECTORY, 'assets')).filter((name) => name.endsWith('.js'));
    const response = await fetch(`${origin}/assets/${script}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${origin}/assets/missing-1234.js`)).status).toBe(404);
    expect((await fetch(`${origin}/assets/..%2Fpackage.json`)).status).toBe(404);
  });

  it('leaves the API and the explorer where they are', async () => {
    const explorer = await fetch(`${origin}/graphql`, { headers: { accept: 'text/html' } });
    expect(await explorer.text()).toContain('/graphiql/graphiql.js');
    expect((await fetch(`${origin}/programmes`)).status).toBe(404);
    expect((await fetch(`${origin}/programmes/HAJ/more`)).status).toBe(404);
  });
});
