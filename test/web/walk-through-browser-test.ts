import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../src/seed/seed-database';
import { en } from '../../web/src/i18n/catalogues/en';
import { srLatn } from '../../web/src/i18n/catalogues/sr-Latn';
import { sv } from '../../web/src/i18n/catalogues/sv';
import { generateBenchmarkCountry, generateBenchmarkIndicators } from '../support/generated-benchmark-data';
import { initScratchHub, initTestHub, type TestHub } from '../support/test-hub';
import { launchChromium } from './support/browser';

const CATALOGUES = { en, sv, 'sr-Latn': srLatn } as const;

describe('the public pages as a visitor walks them', () => {
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

  /** Opens `path` in `language` and waits until its heading shows and the network is quiet. */
  async function open(path: string, heading: string, language: keyof typeof CATALOGUES = 'en'): Promise<Page> {
    const page = await browser.newPage();
    await page.addInitScript(`localStorage.setItem('hub.language', ${JSON.stringify(language)})`);
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    return page;
  }

  it('gives the not-found page its own heading and tab title, for a path the app does not know and for an unknown code', async () => {
    for (const language of ['en', 'sv'] as const) {
      const catalogue = CATALOGUES[language];
      const expected = `${catalogue['notFound.title']} – ${catalogue['site.name']}`;
      // A path that names nothing, typed into the address bar: answered 404 with the app's not-found page.
      const typed = await browser.newPage();
      await typed.addInitScript(`localStorage.setItem('hub.language', ${JSON.stringify(language)})`);
      const response = await typed.goto(origin + '/no/such/page', { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(404);
      await typed.getByRole('heading', { level: 1, name: catalogue['notFound.title'] }).waitFor();
      expect(await typed.title(), language).toBe(expected);
      await typed.close();
      // The same path reached inside the app, by its router.
      const page = await open('/', catalogue['programmes.title'], language);
      await page.evaluate("history.pushState(null, '', '/no/such/page'); dispatchEvent(new PopStateEvent('popstate'))");
      await page.getByRole('heading', { level: 1, name: catalogue['notFound.title'] }).waitFor();
      expect(await page.title(), language).toBe(expected);
      await page.getByRole('link', { name: catalogue['notFound.home'] }).waitFor();
      await page.close();
      for (const path of ['/programmes/NO_SUCH', '/municipalities/NO/9999']) {
        const missing = await open(path, catalogue['notFound.title'], language);
        expect(await missing.title(), path).toBe(expected);
        await missing.close();
      }
    }
  });

  it("writes the chart axes' numbers and months in the chosen language (60 000 in Swedish, 60.000 in Serbian)", async () => {
    for (const language of ['sv', 'sr-Latn'] as const) {
      const page = await open('/programmes/HAJ', 'Programme for Sustainable Gender Equality', language);
      const title = CATALOGUES[language]['report.chartOverTime'].replace(
        '{indicator}',
        'People who participated in gender training',
      );
      const svg = page.locator('figure.chart', { hasText: title }).locator('.chart-svg > figure > svg');
      await svg.waitFor();
      const ticks = await svg.locator('g[aria-label="y-axis tick label"] text').allTextContents();
      expect(ticks, language).toContain(new Intl.NumberFormat(language).format(60000));
      expect(ticks, language).not.toContain('60,000');
      const months = await svg.locator('g[aria-label="x-axis tick label"]').textContent();
      expect(months, language).not.toMatch(/Dec/);
      expect(months, language).toContain(
        new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
          new Date('2013-12-31T00:00:00Z'),
        ),
      );
      await page.close();
    }
  });

  it("draws no Charter chart marker across the top of its country's panel (the reported 11 of Serbia)", async () => {
    const page = await open('/charter?from=2006&to=2024', en['charter.title']);
    const svg = page.locator('figure.chart', { hasText: en['charter.chart'] }).locator('.chart-svg > figure > svg');
    await svg.waitFor();
    const outside = await svg.evaluate((element) => {
      const frames = [...element.querySelectorAll('g[aria-label="frame"] rect, rect[aria-label="frame"]')].map((rect) =>
        rect.getBoundingClientRect(),
      );
      const markers = [...element.querySelectorAll('g[aria-label="dot"] path')].map((path) =>
        path.getBoundingClientRect(),
      );
      return {
        frames: frames.length,
        markers: markers.length,
        // A marker reaching above the top of the panel it is drawn in crosses into the gap to the panel above.
        outside: markers.filter((marker) => {
          const middle = (marker.top + marker.bottom) / 2;
          const panel = frames.find((frame) => middle >= frame.top - 0.5 && middle <= frame.bottom + 0.5);
          return !panel || marker.top < panel.top - 0.5;
        }).length,
      };
    });
    expect(outside.frames).toBeGreaterThan(1);
    expect(outside.markers).toBeGreaterThan(0);
    expect(outside.outside).toBe(0);
    await page.close();
  });

  it("links a download under each of the report's and the profile's tables, each giving the table on screen", async () => {
    const report = await open(
      '/programmes/NO_LIKESTILTE_KOMMUNER',
      'Municipal programme "Gender-equal municipalities" 2012-2014',
    );
    const hrefs = await report
      .locator('a[download]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const table of ['programme-funders', 'programme-implementers', 'programme-municipalities', 'programme-values'])
      for (const extension of ['csv', 'xlsx'])
        expect(hrefs).toContain(`/export/${table}.${extension}?code=NO_LIKESTILTE_KOMMUNER`);
    const shown = await report
      .getByRole('table', { name: en['report.municipalities'] })
      .locator('tbody tr td:first-child')
      .allInnerTexts();
    expect(shown.length).toBeGreaterThan(10);
    const [download] = await Promise.all([
      report.waitForEvent('download'),
      report.locator('a[href="/export/programme-municipalities.csv?code=NO_LIKESTILTE_KOMMUNER"]').click(),
    ]);
    const rows = parse<Record<string, string>>(await readDownload(download), { bom: true, columns: true });
    expect(rows.map((row) => row.Municipality)).toEqual(shown);
    await report.close();

    const profile = await open('/municipalities/NO/1201', 'Bergen');
    const links = await profile
      .locator('a[download]')
      .evaluateAll((each) => each.map((link) => link.getAttribute('href')));
    expect(links).toContain('/export/municipality-programmes.csv?country=NO&code=1201');
    expect(links).toContain('/export/municipality-programmes.xlsx?country=NO&code=1201');
    await profile.close();
  });
});

describe('an unpublished funding amount on the report; a profile beside its country (generated values)', () => {
  let hub: TestHub;
  let origin: string;
  let browser: BrowserContext;
  let closeBrowser: () => Promise<void>;
  beforeAll(async () => {
    hub = await initScratchHub();
    await seedDatabase(hub.orm.em.fork());
    await hub.orm.em.fork().execute(`update programme set budget_published = false where code = 'HAJ'`);
    const em = hub.orm.em.fork();
    await generateBenchmarkCountry(em, await generateBenchmarkIndicators(em), { code: 'FI', count: 6, seed: 5 });
    origin = new URL(await hub.listen()).origin;
    ({ browser, close: closeBrowser } = await launchChromium());
  });
  afterAll(async () => {
    await closeBrowser?.();
    await hub?.close();
  });

  it('says it is unpublished, not unknown, and its download holds no amount', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/programmes/HAJ`, { waitUntil: 'networkidle' });
    const funders = page.getByRole('table', { name: en['report.funders'] });
    await funders.waitFor();
    expect(await funders.locator('tbody tr').first().innerText()).toContain(en['report.amountUnpublished']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a[href="/export/programme-funders.csv?code=HAJ"]').click(),
    ]);
    const rows = parse<Record<string, string>>(await readDownload(download), { bom: true, columns: true });
    expect(rows.map((row) => [row.Amount, row['Amount note']])).toEqual([['', 'Not published']]);
    await page.close();
  });

  it('downloads each table beside the country as CSV and XLSX equal to the table on screen, its place included', async () => {
    const { data } = await hub.query(
      `{ municipality(country: "FI", code: "00001") { nameLocal countryComparisons { indicator { code nameEn unit } } } }`,
    );
    const indicators: [string, { nameEn: string; unit: string }][] = [
      ...new Map<string, { nameEn: string; unit: string }>(
        data!.municipality.countryComparisons.map(
          (row: { indicator: { code: string; nameEn: string; unit: string } }) => [row.indicator.code, row.indicator],
        ),
      ),
    ];
    // A percentage with its place, and the neutral population, which has no place.
    expect(indicators.map(([code]) => code)).toEqual(
      expect.arrayContaining(['BM_WOMEN_COUNCILLORS_SHARE', 'BM_POPULATION']),
    );
    const page = await browser.newPage();
    await page.goto(`${origin}/municipalities/FI/00001`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: data!.municipality.nameLocal }).waitFor();
    const numbers = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
    const percents = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
    for (const [code, { nameEn, unit }] of indicators) {
      const title = en['profile.besideCountryChart'].replace('{indicator}', nameEn);
      const shown = await page
        .getByRole('table', { name: title })
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
      expect(shown.length, code).toBeGreaterThan(0);
      const value = (cell: unknown) =>
        unit === 'PERCENT' ? percents.format(Number(cell) / 100) : numbers.format(Number(cell));
      const place = (rank: unknown, count: unknown) =>
        rank === '' || rank == null
          ? '–'
          : en['profile.placeOf']
              .replace('{rank}', numbers.format(Number(rank)))
              .replace('{count}', numbers.format(Number(count)));
      const onScreen = (cells: unknown[]) => [
        String(cells[0]),
        ...cells.slice(1, 5).map(value),
        place(cells[5], cells[6]),
      ];

      const [csvDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: en['download.csvOf'].replace('{table}', title) }).click(),
      ]);
      const csv = parse<Record<string, string>>(await readDownload(csvDownload), { bom: true, columns: true });
      expect(
        csv.map((row) =>
          onScreen([
            row.Year,
            row['Municipality value'],
            row['Country lower quartile'],
            row['Country median'],
            row['Country upper quartile'],
            row['Place in the country'],
            row['Municipalities with a value'],
          ]),
        ),
        code,
      ).toEqual(shown);
      expect(csv.every((row) => row['Indicator code'] === code)).toBe(true);

      const [xlsxDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: en['download.xlsxOf'].replace('{table}', title) }).click(),
      ]);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await readDownload(xlsxDownload)) as unknown as ArrayBuffer);
      const rows: unknown[][] = [];
      book.getWorksheet('Beside the country')!.eachRow((row, number) => {
        if (number > 1) rows.push(Array.from({ length: 7 }, (_, index) => row.getCell(index + 4).value));
      });
      expect(rows.every((cells) => cells.slice(0, 5).every((cell) => typeof cell === 'number'))).toBe(true);
      expect(rows.map(onScreen), code).toEqual(shown);
      expect(book.getWorksheet('Sources')!.rowCount).toBe(2);
    }
    await page.close();
  });
});

/** The bytes of a file the browser downloaded. */
async function readDownload(download: import('playwright-core').Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
