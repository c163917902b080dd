import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/server/security-headers';
import { initTestHub, type TestHub } from '../support/test-hub';
import { launchChromium, recordPage } from './support/browser';

describe('the Content-Security-Policy in Chromium', () => {
  let hub: TestHub;
  let origin: string;
  let browser: BrowserContext;
  let closeBrowser: () => Promise<void>;
  beforeAll(async () => {
    hub = await initTestHub();
    origin = new URL(await hub.listen()).origin;
    ({ browser, close: closeBrowser } = await launchChromium());
  });
  afterAll(async () => {
    await closeBrowser?.();
    await hub?.close();
  });

  it('runs the GraphiQL explorer under it: no violation, and a query answers', async () => {
    const page = await browser.newPage();
    const record = recordPage(page);
    const response = await page.goto(`${origin}/graphql`, { waitUntil: 'networkidle' });
    expect(response!.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window').getByText('totalCount').waitFor();
    expect(record.consoleErrors).toEqual([]);
    expect(record.failedRequests).toEqual([]);
    await page.close();
  });

  it('blocks a script injected inline into a page of the web app, and reports the violation', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    // Run in the page: listen for a violation, then append an inline script.
    const outcome = await page.evaluate(`new Promise((resolve) => {
      document.addEventListener('securitypolicyviolation', (event) =>
        resolve({ ran: Boolean(window.injected), violated: event.effectiveDirective }));
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
    })`);
    expect(outcome).toEqual({ ran: false, violated: 'script-src-elem' });
    await page.close();
  });
});
