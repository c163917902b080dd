import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); Playwright's own browser downloads are not used. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A headless Chromium with its own new, empty profile, in English; `close()` removes the profile. */
export async function launchChromium(): Promise<{ browser: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'hub-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a page did while it loaded: its console errors, its failed requests and its GraphQL requests. */
export interface PageRecord {
  consoleErrors: string[];
  failedRequests: string[];
  graphqlRequests: Request[];
}

/** Records what `page` does from now on. */
export function recordPage(page: Page): PageRecord {
  const record: PageRecord = { consoleErrors: [], failedRequests: [], graphqlRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => record.consoleErrors.push(error.message));
  page.on('requestfailed', (request) =>
    record.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) record.failedRequests.push(`${response.url()}: ${response.status()}`);
  });
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql') record.graphqlRequests.push(request);
  });
  return record;
}
