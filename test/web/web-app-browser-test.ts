import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/catalogues/en';
import { srLatn } from '../../web/src/i18n/catalogues/sr-Latn';
import { sv } from '../../web/src/i18n/catalogues/sv';
import { initTestHub, type TestHub } from '../support/test-hub';
import { launchChromium, recordPage } from './support/browser';
import { initialScriptBytesByPage } from './support/initial-script-size';

const BENCHMARK =
  '/benchmark?country=NO&year=2024&indicators=HAJ_GENDER_MANAGEMENT_SYSTEMS_SHARE:2,GENDER_TRAINING_PARTICIPANTS:1&normalisation=MIN_MAX';

/** Every page of the app, as a link to it, and the heading it shows once its data is there. */
const PAGES = [
  { name: 'programmes', path: '/', heading: en['programmes.title'] },
  { name: 'programme-report', path: '/programmes/HAJ', heading: 'Programme for Sustainable Gender Equality' },
  { name: 'municipality-profile', path: '/municipalities/NO/1201', heading: 'Bergen' },
  { name: 'benchmark', path: BENCHMARK, heading: en['benchmark.title'] },
  {
    name: 'series',
    path: '/series?indicator=GENDER_TRAINING_PARTICIPANTS&from=2008&to=2013&period=CUSTOM&groupBy=PROGRAMME&chart=bar',
    heading: en['series.title'],
  },
  { name: 'charter', path: '/charter', heading: en['charter.title'] },
];

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');

describe('the web app in Chromium', () => {
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

  /** Opens `path` in a new tab and waits until its heading shows and the network is quiet. */
  async function open(path: string, heading: string): Promise<{ page: Page; record: ReturnType<typeof recordPage> }> {
    const page = await browser.newPage();
    const record = recordPage(page);
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    return { page, record };
  }

  it('loads every page with no console error, no failed request and one GraphQL request, a persisted query by GET', async () => {
    if (process.env.UPDATE_SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
    for (const { name, path, heading } of PAGES) {
      const { page, record } = await open(path, heading);
      expect(record.consoleErrors, path).toEqual([]);
      expect(record.failedRequests, path).toEqual([]);
      expect(record.graphqlRequests.length, path).toBe(1);
      const [request] = record.graphqlRequests;
      const url = new URL(request.url());
      expect(request.method(), path).toBe('GET');
      expect(url.searchParams.has('query'), path).toBe(false);
      expect(JSON.parse(url.searchParams.get('extensions')!).persistedQuery.sha256Hash, path).toMatch(/^[0-9a-f]{64}$/);
      if (process.env.UPDATE_SCREENSHOTS)
        await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
      await page.close();
    }
  });

  it('shows an open-ended programme period with "…", not two dashes', async () => {
    const { page } = await open('/', en['programmes.title']);
    const periods = await page.locator('.meta').allInnerTexts();
    expect(periods.length).toBeGreaterThan(0);
    expect(periods.filter((text) => text.includes('– –'))).toEqual([]);
    expect(periods.some((text) => text.includes('…'))).toBe(true);
    await page.close();
  });

  it("offers the HåJ report's IATI activity file only once the standard can take it, and says why not before", async () => {
    // The seeded SALAR has no IATI organisation identifier, so the file is refused rather than made up ...
    const answer = await fetch(origin + '/iati/activities.xml?programme=HAJ');
    expect(answer.status).toBe(422);
    // ... and the report explains instead of offering a link that answers 422.
    const before = await open('/programmes/HAJ', 'Programme for Sustainable Gender Equality');
    expect(await before.page.getByRole('link', { name: en['download.iati'] }).count()).toBe(0);
    await expect(before.page.getByText(en['download.iatiUnavailable']).count()).resolves.toBe(1);
    await before.page.close();

    const em = hub.orm.em.fork();
    await em.execute(`update organisation set iati_identifier = 'SE-ON-TEST-SALAR' where code = 'SALAR'`);
    try {
      const after = await open('/programmes/HAJ', 'Programme for Sustainable Gender Equality');
      const link = after.page.getByRole('link', { name: en['download.iati'] });
      expect(await link.getAttribute('href')).toBe('/iati/activities.xml?programme=HAJ');
      expect(await after.page.getByText(en['download.iatiUnavailable']).count()).toBe(0);
      expect((await fetch(origin + '/iati/activities.xml?programme=HAJ')).status).toBe(200);
      await after.page.close();
    } finally {
      await em.execute(`update organisation set iati_identifier = null where code = 'SALAR'`);
    }
  });

  it('shows the HåJ figures, formatted in the chosen language, each with its source', async () => {
    for (const language of ['en', 'sv']) {
      const { page } = await open('/programmes/HAJ', 'Programme for Sustainable Gender Equality');
      await page.getByLabel(en['nav.language']).selectOption(language);
      const results = page.getByRole('table', {
        name: language === 'en' ? en['report.resultsCaption'] : sv['report.resultsCaption'],
      });
      const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
      const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
      const expected = [
        { figure: number.format(88), quote: 'funded 88 initiatives' },
        { figure: percent.format(0.63), quote: '63% of all development projects' },
        { figure: percent.format(0.8), quote: '80% have integrated gender control' },
        { figure: percent.format(0.85), quote: '85% plan to actively disseminate' },
        { figure: percent.format(0.95), quote: 'A full 95% of participants' },
        { figure: number.format(66000), quote: '66 000 politicians' },
      ];
      for (const { figure, quote } of expected) {
        const row = results.getByRole('row').filter({ hasText: quote });
        await expect(
          row.first().locator('strong.figure', { hasText: figure }).count(),
          `${language} ${figure}`,
        ).resolves.toBeGreaterThan(0);
        await expect(row.first().textContent(), `${language} ${figure}`).resolves.toContain(
          `${language === 'en' ? en['source.label'] : sv['source.label']}:`,
        );
      }
      await page.evaluate('localStorage.clear()');
      await page.close();
    }
  });

  it('reloads a benchmarking link to the same ranking, and links a row to its profile', async () => {
    const { page } = await open(BENCHMARK, en['benchmark.title']);
    const ranking = page.getByRole('table', { name: en['benchmark.table'] });
    const before = await ranking.innerText();
    expect(before).toContain('Bergen');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await ranking.innerText()).toBe(before);
    await ranking.getByRole('link', { name: 'Bergen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bergen' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/municipalities/NO/1201');
    await page.close();
  });

  it('downloads the ranking as CSV and as XLSX equal to the table on screen', async () => {
    const { page } = await open(BENCHMARK, en['benchmark.title']);
    const onScreen = await page
      .getByRole('table', { name: en['benchmark.table'] })
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')));
    expect(onScreen.length).toBeGreaterThan(0);
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: en['download.csv'] }).click(),
    ]);
    const csv = parse<Record<string, string>>(await readFile(await csvDownload.path()), { bom: true, columns: true });
    expect(
      csv.map((row) => [
        row.Rank || '–',
        row.Municipality,
        `${row['Indicators with a value']}/${row['Indicators chosen']}`,
      ]),
    ).toEqual(onScreen.map((cells) => [cells[0], cells[1], cells[4]]));
    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: en['download.xlsx'] }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await xlsxDownload.path());
    const names: unknown[] = [];
    book.getWorksheet('Ranking')!.eachRow((row, number) => {
      if (number > 1) names.push(row.getCell(3).value);
    });
    expect(names).toEqual(onScreen.map((cells) => cells[1]));
    expect(book.getWorksheet('Sources')!.rowCount).toBeGreaterThan(1);
    await page.close();
  });

  it('lets the benchmarking tool be used with the keyboard alone', async () => {
    const { page } = await open('/benchmark?country=NO&year=2024', en['benchmark.title']);
    const adder = page.getByLabel(en['benchmark.add']);
    for (
      let step = 0;
      step < 30 && !(await adder.evaluate((element) => element === element.ownerDocument.activeElement));
      step++
    )
      await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: en['benchmark.table'] }).waitFor();
    expect(new URL(page.url()).searchParams.get('indicators')).toMatch(/^[A-Z_]+:1$/);
    await page.close();
  });

  it('finds no serious or critical accessibility violation on any page (axe-core)', async () => {
    for (const { path, heading } of PAGES) {
      const { page } = await open(path, heading);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const grave = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(
        grave.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
        path,
      ).toEqual([]);
      await page.close();
    }
  });

  it('changes every string of the page with the language, and remembers the choice', async () => {
    const { page } = await open('/benchmark?country=NO&year=2024', en['benchmark.title']);
    const texts = () =>
      page
        .locator('body *')
        .evaluateAll((elements) =>
          elements
            .filter((element) => element.children.length === 0)
            .map((element) => element.textContent?.trim() ?? ''),
        );
    const english = await texts();
    await page.getByLabel(en['nav.language']).selectOption('sv');
    await page.getByRole('heading', { level: 1, name: sv['benchmark.title'] }).waitFor();
    const swedish = await texts();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      if (en[key] === sv[key] || !english.includes(en[key])) continue;
      expect(swedish, key).not.toContain(en[key]);
      expect(swedish, key).toContain(sv[key]);
    }
    expect(await page.evaluate('document.documentElement.lang')).toBe('sv');
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: sv['benchmark.title'] }).waitFor();
    await page.evaluate('localStorage.clear()');
    await page.close();
  });

  it('prints the HåJ report as A4 without the navigation, with its results and sources', async () => {
    const { page } = await open('/programmes/HAJ', 'Programme for Sustainable Gender Equality');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    const results = page.getByRole('table', { name: en['report.resultsCaption'] });
    expect(await results.isVisible()).toBe(true);
    expect(await results.innerText()).toContain('63% of all development projects');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The printed text, spaces and line breaks evened out: the results table with each figure's source and words.
    const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
    const printed = text.replace(/\s+/g, ' ');
    expect(printed).toContain(en['report.resultsCaption']);
    expect(printed).not.toContain(en['nav.benchmark']);
    for (const words of [
      'funded 88 initiatives',
      '63% of all development projects',
      '80% have integrated gender control',
      '85% plan to actively disseminate',
      'A full 95% of participants',
      '66 000 politicians',
    ])
      expect(printed).toContain(words);
    const { data } = await hub.query(`{ programme(code: "HAJ") { results { latestActual { source { title } } } } }`);
    const titles = new Set<string>(
      data!.programme.results.flatMap((result: any) => (result.latestActual ? [result.latestActual.source.title] : [])),
    );
    expect(titles.size).toBeGreaterThan(0);
    for (const title of titles) expect(printed).toContain(title.replace(/\s+/g, ' '));
    await page.close();
  });

  it('gives every page its own tab title, in the chosen language', async () => {
    const titles: string[] = [];
    for (const { path, heading } of PAGES) {
      const { page } = await open(path, heading);
      const title = await page.title();
      expect(title, path).toBe(`${heading} – ${en['site.name']}`);
      titles.push(title);
      await page.close();
    }
    expect(new Set(titles).size).toBe(PAGES.length);
    const { page } = await open('/charter', en['charter.title']);
    await page.getByLabel(en['nav.language']).selectOption('sr-Latn');
    await page.getByRole('heading', { level: 1, name: srLatn['charter.title'] }).waitFor();
    expect(await page.title()).toBe(`${srLatn['charter.title']} – ${srLatn['site.name']}`);
    await page.evaluate('localStorage.clear()');
    await page.close();
  });

  it('shows the whole Charter table, or says that it scrolls and lets the keyboard scroll it (English and Serbian)', async () => {
    for (const language of ['en', 'sr-Latn'] as const) {
      const { page } = await open('/charter', en['charter.title']);
      await page.getByLabel(en['nav.language']).selectOption(language);
      const catalogue = language === 'en' ? en : srLatn;
      const frame = page.getByRole('region', { name: catalogue['charter.table'] });
      await frame.waitFor();
      // Wide enough: nothing is cut off on the right.
      expect(
        await frame.evaluate((element) => element.scrollWidth - element.clientWidth),
        language,
      ).toBeLessThanOrEqual(1);
      // Narrow: the frame says it scrolls, and the arrow keys scroll it once it has the focus.
      await page.setViewportSize({ width: 560, height: 900 });
      await page.getByText(catalogue['table.scrollHint']).first().waitFor();
      await frame.focus();
      for (let press = 0; press < 8; press++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => frame.evaluate((element) => element.scrollLeft), { timeout: 2000 }).toBeGreaterThan(0);
      await page.evaluate('localStorage.clear()');
      await page.close();
    }
  });

  it("draws every country of the Charter chart in its own panel, with a key to the reported figure's marker", async () => {
    const { page } = await open('/charter', en['charter.title']);
    const chart = page.locator('figure.chart', { hasText: en['charter.chart'] });
    const plot = chart.locator('.chart-svg > figure > svg');
    await plot.waitFor();
    const drawn = await plot.textContent();
    for (const country of ['Norway', 'Serbia', 'Sweden']) expect(drawn).toContain(country);
    const key = await chart.locator('.chart-svg > figure > div').first().innerText();
    expect(key).toContain(en['charter.recorded']);
    expect(key).toContain(en['charter.reported']);
    await page.close();
  });

  it('tells anonymous callers on a profile without values that there are none yet, and only importers how to import', async () => {
    const { page } = await open('/municipalities/NO/1201', 'Bergen');
    await page.getByText(en['profile.noValuesYet']).waitFor();
    // The country named as the data has it, in English and in its own language, as on the report.
    await page.locator('dd', { hasText: 'Norway (Norge)' }).waitFor();
    expect(await page.getByText('npm run import').count()).toBe(0);
    // A caller who may import (an ADMIN or REPORTER) is told how: the hub's answer, with the flag it gives them.
    await page.route('**/graphql?*', async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      if (body.data?.municipality) body.data.municipality.mayImportObservations = true;
      await route.fulfill({ response, json: body });
    });
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByText('npm run import -- observations.csv').waitFor();
    expect(await page.getByText(en['profile.noValuesYet']).count()).toBe(0);
    await page.close();
  });

  it("names a programme's predecessor on its report, linked", async () => {
    const { data } = await hub.query(
      `{ programme(code: "SE_RS_EU_ACCESSION") { nameEn predecessors { code nameEn } } }`,
    );
    const [predecessor] = data!.programme.predecessors;
    expect(predecessor).toBeDefined();
    const { page } = await open('/programmes/SE_RS_EU_ACCESSION', data!.programme.nameEn);
    const link = page.locator('dt', { hasText: en['report.predecessor'] }).locator('+ dd').getByRole('link');
    expect(await link.innerText()).toBe(predecessor.nameEn);
    expect(await link.getAttribute('href')).toBe(`/programmes/${predecessor.code}`);
    await page.close();
  });

  it("shows a profile's indicator beside the country's median and quartiles, with its place", async () => {
    const { page } = await open('/municipalities/NO/1201', 'Bergen');
    // The seeded hub holds no municipal values: the hub's answer gets two years of one indicator.
    const rows = [2021, 2022].map((year, index) => ({
      indicator: { code: 'BM_WOMEN_COUNCILLORS_SHARE', nameEn: 'Women councillors', unit: 'PERCENT' },
      year,
      value: 40 + index,
      lowerQuartile: 30,
      median: 35.5,
      upperQuartile: 45,
      municipalitiesWithValue: 356,
      rank: 120 - index,
    }));
    await page.route('**/graphql?*', async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      if (body.data?.municipality) body.data.municipality.countryComparisons = rows;
      await route.fulfill({ response, json: body });
    });
    await page.reload({ waitUntil: 'networkidle' });
    const title = en['profile.besideCountryChart'].replace('{indicator}', 'Women councillors');
    const table = page.getByRole('table', { name: title });
    await table.waitFor();
    const cells = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(cells).toEqual([
      ['2021', '40%', '30%', '35.5%', '45%', '120 of 356'],
      ['2022', '41%', '30%', '35.5%', '45%', '119 of 356'],
    ]);
    await page.locator('figure.chart', { hasText: title }).locator('svg').first().waitFor();
    await page.close();
  });

  it("keeps each page's initial JavaScript under 250 KB gzipped (charts included)", () => {
    const sizes = initialScriptBytesByPage();
    // Nine pages of data, and the sign-in, invitation and password reset pages.
    expect(sizes.size).toBe(12);
    for (const [page, bytes] of sizes) expect(bytes, page).toBeLessThan(250 * 1024);
  });
});
