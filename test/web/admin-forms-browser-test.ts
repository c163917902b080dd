import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/auth/api-tokens';
import { Role } from '../../src/entities/role.enum';
import { seedDatabase } from '../../src/seed/seed-database';
import { en } from '../../web/src/i18n/catalogues/en';
import { initScratchHub, type TestHub } from '../support/test-hub';
import { launchChromium, recordPage } from './support/browser';

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');

/** The page's window, as `evaluate` callbacks see it (the tests are typed without the DOM's globals). */
interface BrowserWindow {
  getComputedStyle(element: unknown): { display: string };
  document: { activeElement: { parentElement: { textContent: string | null } | null } | null };
}

/**
 * The record forms of /admin in Chromium, over a seeded hub of its own: an ADMIN creates a source,
 * an indicator (by keyboard alone) and an initiative with two municipalities and a theme, edits
 * them, sees the server's refusal of a taken key at its field, and a change made meanwhile refused
 * as CONFLICT (then reloads it); what the forms wrote is read back through the API. The pages of
 * collecting data each name the browser tab.
 */
describe('the record forms of /admin in Chromium', () => {
  let hub: TestHub;
  let url: string;
  let origin: string;
  let browser: BrowserContext;
  let closeBrowser: () => Promise<void>;
  let admin: string;
  let places: { code: string; country: string }[];
  let takenKey: string;

  const api = async (query: string, variables: Record<string, unknown> = {}) =>
    (await (
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
        body: JSON.stringify({ query, variables }),
      })
    ).json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };

  async function open(path: string, heading: string): Promise<Page> {
    const page = await browser.newPage();
    await page.setExtraHTTPHeaders({ Authorization: `Bearer ${admin}` });
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    return page;
  }

  /** The form of a section of /admin, named by its heading. */
  const form = (page: Page, name: string) => page.getByRole('form', { name, exact: true });
  const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

  /** The problem a field is described by, once it is marked invalid. */
  async function problemOf(field: Locator): Promise<string> {
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const page = field.page();
    return (await page.locator(`[id="${await field.getAttribute('aria-describedby')}"]`).textContent()) ?? '';
  }

  beforeAll(async () => {
    hub = await initScratchHub();
    const em = hub.orm.em.fork();
    await seedDatabase(em);
    places = await em.execute<{ code: string; country: string }[]>(`
      select code, country_code as country from municipality
      where country_code = 'NO' and archived_at is null order by code limit 2`);
    takenKey = (await em.execute<{ key: string }[]>(`select key from source order by key limit 1`))[0].key;
    admin = (await createApiToken(em.fork(), { name: 'admin', role: Role.ADMIN })).secret;
    url = await hub.listen();
    origin = new URL(url).origin;
    ({ browser, close: closeBrowser } = await launchChromium());
  });
  afterAll(async () => {
    await closeBrowser?.();
    await hub?.close();
  });

  it('names the tab of /admin, /review and /report after the page', async () => {
    for (const [path, title] of [
      ['/admin', en['admin.title']],
      ['/review', en['review.title']],
      ['/report', en['collect.title']],
    ]) {
      const page = await open(path, title);
      await expect.poll(() => page.title()).toBe(`${title} – ${en['site.name']}`);
      await page.close();
    }
  });

  it("lays /report's indicator checkboxes out in a fieldset of columns, not one long row", async () => {
    const page = await open(`/report?municipality=NO-${places[0].code}`, en['collect.title']);
    const choice = page.getByRole('group', { name: en['collect.indicators'] });
    await choice.getByRole('checkbox').first().waitFor();
    const boxes = await choice
      .getByRole('checkbox')
      .evaluateAll((inputs) =>
        inputs.map((input) => input.getBoundingClientRect()).map(({ left, top }) => ({ left, top })),
      );
    expect(boxes.length).toBeGreaterThan(6);
    const columns = new Set(boxes.map((box) => Math.round(box.left))).size;
    const rows = new Set(boxes.map((box) => Math.round(box.top))).size;
    expect(columns).toBeGreaterThanOrEqual(2);
    expect(columns).toBeLessThanOrEqual(4);
    // Each column holds its share: the boxes fill rows of `columns`, the last one perhaps shorter.
    expect(rows).toBe(Math.ceil(boxes.length / columns));
    await page.close();
  });

  it('shows "Accounts" and "API tokens" once each, and the invitation and token fields in a grid', async () => {
    const page = await open('/admin', en['admin.title']);
    for (const name of [en['admin.accounts'], en['admin.tokens']]) {
      await expect(page.getByRole('heading', { level: 2, name, exact: true }).isVisible()).resolves.toBe(true);
      // The table keeps its name for screen readers, but its caption takes no room on screen.
      await expect(page.getByRole('table', { name, exact: true }).count()).resolves.toBe(1);
      const caption = await page.locator('caption', { hasText: name }).boundingBox();
      expect(caption && caption.width <= 1 && caption.height <= 1).toBe(true);
    }
    for (const name of [en['admin.invite'], en['admin.newToken']]) {
      const fields = form(page, name);
      await expect(
        fields.evaluate((element) => (globalThis as unknown as BrowserWindow).getComputedStyle(element).display),
      ).resolves.toBe('grid');
      // The labels of the first row start at one line: the list of organisations no longer pushes the others down.
      const tops = await fields
        .locator('label')
        .evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().top));
      expect(tops.length).toBe(4);
      expect(new Set(tops.slice(0, 3)).size).toBe(1);
    }
    await page.close();
  });

  it('creates a source, refusing a taken key at its field; edits it; a change made meanwhile is CONFLICT; archives it', async () => {
    const page = await open('/admin', en['admin.title']);
    const record = recordPage(page);
    const sources = form(page, en['adminForm.sources']);
    const key = sources.getByLabel(en['adminForm.key'], { exact: true });
    await key.fill(takenKey);
    await sources.getByLabel(en['adminForm.sourceTitle'], { exact: true }).fill('Jämställdhetsrapport 2025');
    await sources.getByLabel(en['adminForm.titleEn']).fill('Gender equality report 2025');
    await sources.getByLabel(en['adminForm.kind']).selectOption('REPORT');
    await sources.getByLabel(en['adminForm.url']).fill('https://example.org/report-2025.pdf');
    await sources.getByLabel(en['adminForm.publisher']).fill('SKR');
    await sources.getByLabel(en['adminForm.publishedOn']).fill('2025-03-14');
    await sources.getByLabel(en['adminForm.language']).fill('sv');
    await sources.getByRole('button', { name: en['adminForm.create'] }).click();
    await section(page, en['adminForm.sources'])
      .getByRole('alert')
      .filter({ hasText: en['adminForm.refused'] })
      .waitFor();
    await expect(problemOf(key)).resolves.toContain('is not available');
    // The field with the problem has the focus, so the keyboard goes straight to it.
    await expect(
      key.evaluate((element) => element === (globalThis as unknown as BrowserWindow).document.activeElement),
    ).resolves.toBe(true);
    expect((await api(`{ sources(first: 100) { nodes { title } } }`)).data.sources.nodes).not.toContainEqual({
      title: 'Jämställdhetsrapport 2025',
    });

    await key.fill('skr-gender-report-2025');
    await sources.getByRole('button', { name: en['adminForm.create'] }).click();
    await page.getByRole('status').filter({ hasText: 'skr-gender-report-2025 is saved.' }).waitFor();
    await expect(key.getAttribute('aria-invalid')).resolves.toBeNull();
    // The choice lists the new source once the form's query has loaded it again, after the notice.
    await expect.poll(() => page.getByLabel(en['adminForm.chooseSource']).inputValue()).toBe('skr-gender-report-2025');

    await sources.getByLabel(en['adminForm.publisher']).fill('Sveriges Kommuner och Regioner');
    await sources.getByRole('button', { name: en['adminForm.save'] }).click();
    await expect
      .poll(async () => (await api(`{ source(key: "skr-gender-report-2025") { publisher version } }`)).data.source)
      .toEqual({ publisher: 'Sveriges Kommuner och Regioner', version: 2 });
    await expect
      .poll(() => sources.getByLabel(en['adminForm.publisher']).inputValue())
      .toBe('Sveriges Kommuner och Regioner');

    // Someone else changes it while the page holds version 2.
    const other = await api(
      `mutation ($id: ID!) { updateSource(id: $id, version: 2, input: { key: "skr-gender-report-2025", kind: REPORT,
        title: "Jämställdhetsrapport 2025", publisher: "SKR (reviewed)" }) { version } }`,
      { id: (await api(`{ source(key: "skr-gender-report-2025") { id } }`)).data.source.id },
    );
    expect(other.data?.updateSource.version).toBe(3);
    await sources.getByLabel(en['adminForm.language']).fill('en');
    await sources.getByRole('button', { name: en['adminForm.save'] }).click();
    const conflict = section(page, en['adminForm.sources'])
      .getByRole('alert')
      .filter({ hasText: en['adminForm.conflict'] });
    await conflict.waitFor();
    expect((await api(`{ source(key: "skr-gender-report-2025") { publisher language version } }`)).data.source).toEqual(
      {
        publisher: 'SKR (reviewed)',
        language: null,
        version: 3,
      },
    );
    await conflict.getByRole('button', { name: en['adminForm.reload'] }).click();
    await expect.poll(() => sources.getByLabel(en['adminForm.publisher']).inputValue()).toBe('SKR (reviewed)');
    await sources.getByLabel(en['adminForm.language']).fill('en');
    await sources.getByRole('button', { name: en['adminForm.save'] }).click();
    await expect
      .poll(async () => (await api(`{ source(key: "skr-gender-report-2025") { language version } }`)).data.source)
      .toEqual({ language: 'en', version: 4 });

    await sources.getByRole('button', { name: en['adminForm.archive'] }).click();
    await page.getByRole('status').filter({ hasText: 'skr-gender-report-2025 is archived.' }).waitFor();
    const gone = await api(`{ source(key: "skr-gender-report-2025") { id } }`);
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    expect(record.consoleErrors).toEqual([]);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual(
      [],
    );
    await page.close();
  });

  it('creates an indicator split by sex with the keyboard alone, then edits it', async () => {
    const page = await open('/admin', en['admin.title']);
    const indicators = form(page, en['adminForm.indicators']);
    await indicators.getByLabel(en['adminForm.code'], { exact: true }).focus();
    await page.keyboard.type('WOMEN_IN_COUNCIL_SHARE');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Share of women in the municipal council');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Women among the council members, in percent.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('P'); // Unit: percent
    await expect(indicators.getByLabel(en['adminForm.unit']).inputValue()).resolves.toBe('PERCENT');
    for (let tab = 0; tab < 5; tab++) await page.keyboard.press('Tab'); // past direction, level, aggregation, computation
    await expect(
      page.evaluate(() =>
        ((globalThis as unknown as BrowserWindow).document.activeElement?.parentElement?.textContent ?? '').trim(),
      ),
    ).resolves.toBe(en['disaggregation.SEX']);
    await page.keyboard.press('Space');
    await indicators.getByLabel(en['adminForm.code'], { exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'WOMEN_IN_COUNCIL_SHARE is saved.' }).waitFor();
    // Edited once the form holds the indicator as stored (its mappings then show beneath): the stored
    // record, arriving after an edit, would put its own values back.
    await form(page, en['adminMappings.title'].replace('{code}', 'WOMEN_IN_COUNCIL_SHARE')).waitFor();

    await indicators.getByLabel(en['adminForm.direction']).selectOption('NEUTRAL');
    await indicators.getByRole('button', { name: en['adminForm.save'] }).click();
    await expect
      .poll(
        async () =>
          (
            await api(
              `{ indicator(code: "WOMEN_IN_COUNCIL_SHARE") { nameEn definition unit direction disaggregations computation version } }`,
            )
          ).data.indicator,
      )
      .toEqual({
        nameEn: 'Share of women in the municipal council',
        definition: 'Women among the council members, in percent.',
        unit: 'PERCENT',
        direction: 'NEUTRAL',
        disaggregations: ['SEX'],
        computation: 'REPORTED',
        version: 2,
      });
    await page.close();
  });

  it('creates an initiative with two municipalities and a theme, edits it, and archives it', async () => {
    const page = await open('/admin', en['admin.title']);
    const initiatives = form(page, en['adminForm.initiatives']);
    await initiatives
      .getByLabel(en['adminForm.initiativeProgramme'])
      .selectOption({ label: 'SKR_GE_2018_2020 – SKR gender equality initiative 2018-2020' });
    await initiatives.getByLabel(en['adminForm.code'], { exact: true }).fill('NO_COUNCIL_TRAINING');
    await initiatives.getByLabel(en['adminForm.nameLocal']).fill('Opplæring av kommunestyret');
    await initiatives.getByLabel(en['adminForm.nameEn']).fill('Training of the municipal council');
    await initiatives.getByLabel(en['collect.status']).selectOption('ONGOING');
    await initiatives.getByLabel(en['adminForm.startOn']).fill('2025-01-01');
    await initiatives.getByLabel(en['adminForm.grantAmount']).fill('120000');
    await initiatives.getByLabel(en['adminForm.currency']).fill('nok');
    const municipalities = initiatives.getByLabel(en['adminForm.municipalities']);
    await municipalities.fill(`${places[0].country}:${places[0].code} NO:NOPE`);
    await initiatives.getByRole('checkbox', { name: 'Gender mainstreaming' }).check();
    await initiatives.getByRole('button', { name: en['adminForm.create'] }).click();
    // A municipality that names none is refused at its field before anything is written.
    await expect(problemOf(municipalities)).resolves.toContain('NO:NOPE');
    expect((await api(`{ initiatives(first: 100) { nodes { code } } }`)).data.initiatives.nodes).not.toContainEqual({
      code: 'NO_COUNCIL_TRAINING',
    });

    await municipalities.fill(places.map((place) => `${place.country}:${place.code}`).join(' '));
    await initiatives.getByRole('button', { name: en['adminForm.create'] }).click();
    await page.getByRole('status').filter({ hasText: 'NO_COUNCIL_TRAINING is saved.' }).waitFor();
    const read = async () =>
      (
        await api(`{ initiative(code: "NO_COUNCIL_TRAINING") { nameLocal nameEn status startOn endOn grant { amount currency }
          programme { code } municipalities { code } themes { code } version } }`)
      ).data.initiative;
    expect(await read()).toEqual({
      nameLocal: 'Opplæring av kommunestyret',
      nameEn: 'Training of the municipal council',
      status: 'ONGOING',
      startOn: '2025-01-01',
      endOn: null,
      grant: { amount: 120000, currency: 'NOK' },
      programme: { code: 'SKR_GE_2018_2020' },
      municipalities: places.map((place) => ({ code: place.code })),
      themes: [{ code: 'GENDER_MAINSTREAMING' }],
      version: 3,
    });

    // An end before the start is the server's to refuse, at the end's field.
    await expect
      .poll(() => initiatives.getByLabel(en['adminForm.municipalities']).inputValue())
      .toContain(places[1].code);
    const end = initiatives.getByLabel(en['adminForm.endOn'], { exact: true });
    await end.fill('2024-06-30');
    await initiatives.getByRole('button', { name: en['adminForm.save'] }).click();
    await expect(problemOf(end)).resolves.toMatch(/\S/);
    await end.fill('2025-12-31');
    await initiatives.getByRole('checkbox', { name: 'Public health' }).check();
    await initiatives.getByRole('button', { name: en['adminForm.save'] }).click();
    await page.getByRole('status').filter({ hasText: 'NO_COUNCIL_TRAINING is saved.' }).waitFor();
    await expect.poll(read).toMatchObject({
      endOn: '2025-12-31',
      themes: expect.arrayContaining([{ code: 'GENDER_MAINSTREAMING' }, { code: 'PUBLIC_HEALTH' }]),
      municipalities: places.map((place) => ({ code: place.code })),
    });

    await initiatives.getByRole('button', { name: en['adminForm.archive'] }).click();
    await page.getByRole('status').filter({ hasText: 'NO_COUNCIL_TRAINING is archived.' }).waitFor();
    const gone = await api(`{ initiative(code: "NO_COUNCIL_TRAINING") { id } }`);
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await page.close();
  });

  it('creates a programme with its periods and an unpublished budget, and edits it', async () => {
    const page = await open('/admin', en['admin.title']);
    const programmes = form(page, en['adminForm.programmes']);
    await programmes.getByLabel(en['adminForm.code'], { exact: true }).fill('RS_LOCAL_GE_2026');
    await programmes.getByLabel(en['adminForm.nameLocal']).fill('Rodna ravnopravnost na lokalnom nivou');
    await programmes.getByLabel(en['adminForm.nameEn']).fill('Gender equality at local level');
    await programmes.getByLabel(en['adminForm.plannedStartOn']).fill('2026-01-01');
    await programmes.getByLabel(en['adminForm.plannedEndOn']).fill('2028-12-31');
    await programmes.getByLabel(en['adminForm.budgetAmount'], { exact: true }).fill('2500000');
    await programmes.getByLabel(en['adminForm.currency']).fill('SEK');
    await programmes.getByLabel(en['adminForm.budgetPublished']).uncheck();
    // A currency that is none is the server's to refuse, at the currency's field.
    await programmes.getByLabel(en['adminForm.currency']).fill('KRONOR');
    await programmes.getByRole('button', { name: en['adminForm.create'] }).click();
    await expect(problemOf(programmes.getByLabel(en['adminForm.currency']))).resolves.toContain('ISO 4217');
    await programmes.getByLabel(en['adminForm.currency']).fill('SEK');
    await programmes.getByRole('button', { name: en['adminForm.create'] }).click();
    await page.getByRole('status').filter({ hasText: 'RS_LOCAL_GE_2026 is saved.' }).waitFor();
    // The other forms list it at once: an initiative may name it, its funders may be set.
    for (const choice of [
      form(page, en['adminForm.initiatives']).getByLabel(en['adminForm.initiativeProgramme']),
      page.getByRole('combobox', { name: en['admin.programme'], exact: true }),
    ])
      await expect
        .poll(() => choice.locator('option').allTextContents())
        .toContainEqual(expect.stringContaining('Gender equality at local level'));
    await programmes.getByLabel(en['adminForm.startOn'], { exact: true }).fill('2026-02-01');
    await programmes.getByRole('button', { name: en['adminForm.save'] }).click();
    const read = async () =>
      (
        await api(`{ programme(code: "RS_LOCAL_GE_2026") { nameLocal nameEn plannedStartOn plannedEndOn startOn published
          budgetPublished budget { amount currency } version } }`)
      ).data.programme;
    await expect.poll(read).toEqual({
      nameLocal: 'Rodna ravnopravnost na lokalnom nivou',
      nameEn: 'Gender equality at local level',
      plannedStartOn: '2026-01-01',
      plannedEndOn: '2028-12-31',
      startOn: '2026-02-01',
      published: false,
      budgetPublished: false,
      budget: { amount: 2500000, currency: 'SEK' },
      version: 2,
    });
    await expect(programmes.getByLabel(en['adminForm.budgetPublished']).isChecked()).resolves.toBe(false);
    if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'admin.png'), fullPage: true });
    await page.close();
  });

  it('maps an indicator to two framework elements with a rationale, keeping the ones it had', async () => {
    const { indicators, frameworks } = (
      await api(`{
        indicators(first: 100) { nodes { code frameworkElements { id } } }
        frameworks { code elements { id code nameEn } }
      }`)
    ).data as {
      indicators: { nodes: { code: string; frameworkElements: { id: string }[] }[] };
      frameworks: { code: string; elements: { id: string; code: string; nameEn: string }[] }[];
    };
    const indicator = indicators.nodes[0];
    const had = indicator.frameworkElements.map((element) => element.id);
    const [first, second] = frameworks
      .flatMap((framework) => framework.elements.map((element) => ({ ...element, framework: framework.code })))
      .filter((element) => !had.includes(element.id));

    const page = await open('/admin', en['admin.title']);
    await page.getByLabel(en['adminForm.chooseIndicator']).selectOption(indicator.code);
    const mappings = form(page, en['adminMappings.title'].replace('{code}', indicator.code));
    for (const element of [first, second])
      await mappings.getByRole('checkbox', { name: `${element.code} – ${element.nameEn}`, exact: true }).check();
    await mappings
      .getByLabel(en['adminMappings.rationaleOf'].replace('{element}', `${first.framework} ${first.code}`))
      .fill('Counts what the article asks of councils.');
    await mappings.getByRole('button', { name: en['adminMappings.save'] }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${indicator.code} is saved.` })
      .waitFor();

    const read = (
      await api(`query ($code: String!) { indicator(code: $code) { frameworkElements { id } } }`, {
        code: indicator.code,
      })
    ).data.indicator.frameworkElements.map((element: { id: string }) => element.id);
    expect([...read].sort()).toEqual([...had, first.id, second.id].sort());
    const rationales = await hub.orm.em.fork().execute<{ code: string; rationale: string | null }[]>(
      `select e.code, m.rationale from indicator_framework_element m
       join framework_element e on e.id = m.element_id join indicator i on i.id = m.indicator_id
       where i.code = ? and e.code in (?, ?) order by e.code`,
      [indicator.code, first.code, second.code],
    );
    expect(Object.fromEntries(rationales.map((row) => [row.code, row.rationale]))).toEqual({
      [first.code]: 'Counts what the article asks of councils.',
      [second.code]: null,
    });
    await page.close();

    // Opened again, the form shows the stored rationale, and saving it unchanged keeps it.
    const again = await open('/admin', en['admin.title']);
    await again.getByLabel(en['adminForm.chooseIndicator']).selectOption(indicator.code);
    const reopened = form(again, en['adminMappings.title'].replace('{code}', indicator.code));
    const rationale = reopened.getByLabel(
      en['adminMappings.rationaleOf'].replace('{element}', `${first.framework} ${first.code}`),
    );
    expect(await rationale.inputValue()).toBe('Counts what the article asks of councils.');
    await reopened.getByRole('button', { name: en['adminMappings.save'] }).click();
    await again
      .getByRole('status')
      .filter({ hasText: `${indicator.code} is saved.` })
      .waitFor();
    const kept = (
      await api(
        `query ($code: String!) { indicator(code: $code) { frameworkMappings { element { code } rationale } } }`,
        { code: indicator.code },
      )
    ).data.indicator.frameworkMappings as { element: { code: string }; rationale: string | null }[];
    expect(kept.find((mapping) => mapping.element.code === first.code)?.rationale).toBe(
      'Counts what the article asks of councils.',
    );
    await again.close();
  });

  it('says an account changed meanwhile was changed by someone else, reloads the list, then disables it', async () => {
    const email = 'changed.meanwhile@example.org';
    const invited = await api(
      `mutation ($input: AccountInvitationInput!) { inviteAccount(input: $input) { account { id version } } }`,
      { input: { email, role: 'ADMIN' } },
    );
    const account = invited.data.inviteAccount.account as { id: string; version: number };
    const page = await open('/admin', en['admin.title']);
    const disable = page.getByRole('button', { name: en['admin.disableOf'].replace('{email}', email) });
    await disable.waitFor();

    // Disabled and enabled again through the API: the same state, a newer version.
    for (const change of ['disableAccount', 'enableAccount'])
      expect(
        (await api(`mutation ($id: ID!) { ${change}(id: $id) { version } }`, { id: account.id })).errors,
      ).toBeUndefined();
    let posts = 0;
    const reloaded = new Promise<void>((resolve) =>
      page.on('response', (response) => {
        if (response.request().method() === 'POST' && ++posts === 2) resolve();
      }),
    );
    await disable.click();
    await page.getByRole('alert').filter({ hasText: en['admin.accountConflict'] }).waitFor();
    expect((await api(`query { accounts { email disabled } }`)).data.accounts).toContainEqual({
      email,
      disabled: false,
    });

    // The refused disable and the list read again: at the current version the same click now disables it.
    await reloaded;
    await disable.click();
    await page
      .getByRole('status')
      .filter({ hasText: en['admin.disabledNow'].replace('{email}', email) })
      .waitFor();
    expect((await api(`query { accounts { email disabled } }`)).data.accounts).toContainEqual({
      email,
      disabled: true,
    });
    await page.close();
  });

  it('says so when the hub cannot be reached or answers with no JSON, shows none of that answer, and saves after', async () => {
    const page = await open('/admin', en['admin.title']);
    const sources = form(page, en['adminForm.sources']);
    const said = section(page, en['adminForm.sources']).getByRole('alert').filter({ hasText: en['admin.unreachable'] });
    await sources.getByLabel(en['adminForm.key'], { exact: true }).fill('unreached-source');
    await sources.getByLabel(en['adminForm.sourceTitle'], { exact: true }).fill('Written while the hub was away');
    const create = sources.getByRole('button', { name: en['adminForm.create'] });

    await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
    await create.click();
    await said.waitFor();
    await expect(create.isEnabled()).resolves.toBe(true);
    await page.unroute('**/graphql');

    // A proxy's error page in place of the hub's answer: said the same way, none of its HTML shown.
    await page.route('**/graphql', (route) =>
      route.fulfill({
        status: 502,
        contentType: 'text/html',
        body: '<html><body><h1>502 Bad Gateway</h1><b id="raw">raw</b></body></html>',
      }),
    );
    await create.click();
    await said.waitFor();
    const tokens = form(page, en['admin.newToken']);
    await tokens.getByLabel(en['admin.name'], { exact: true }).fill('sent-while-away');
    await tokens.getByRole('button', { name: en['admin.createToken'] }).click();
    await page.getByRole('alert').filter({ hasText: en['admin.unreachable'] }).nth(1).waitFor();
    await page.unroute('**/graphql');
    await expect(page.getByText('Bad Gateway').count()).resolves.toBe(0);
    await expect(page.locator('#raw').count()).resolves.toBe(0);

    await create.click();
    await page.getByRole('status').filter({ hasText: 'unreached-source is saved.' }).waitFor();
    await expect(said.count()).resolves.toBe(0);
    await page.close();
  });

  it('creates one token for a double click: the button is disabled while the hub answers', async () => {
    const page = await open('/admin', en['admin.title']);
    const record = recordPage(page);
    const tokens = form(page, en['admin.newToken']);
    await tokens.getByLabel(en['admin.name'], { exact: true }).fill('double-clicked');
    await tokens.getByLabel(en['admin.role']).selectOption('ADMIN');
    await tokens.getByRole('button', { name: en['admin.createToken'] }).dblclick();
    await page
      .getByRole('status')
      .filter({ hasText: en['admin.tokenCreated'].replace('{name}', 'double-clicked') })
      .waitFor();
    expect(record.graphqlRequests.filter((request) => request.postData()?.includes('"double-clicked"'))).toHaveLength(
      1,
    );
    const created = (await api(`{ apiTokens { name } }`)).data.apiTokens as { name: string }[];
    expect(created.filter((token) => token.name === 'double-clicked')).toHaveLength(1);
    await page.close();
  });

  it("holds each text field to the API's length, so what is typed past it is not sent to be refused", async () => {
    const page = await open('/admin', en['admin.title']);
    // The lengths the API accepts (src/resolvers/**/*.input.ts).
    const limits: [string, string, number][] = [
      [en['adminForm.programmes'], en['adminForm.code'], 64],
      [en['adminForm.programmes'], en['adminForm.nameLocal'], 500],
      [en['adminForm.programmes'], en['adminForm.nameEn'], 500],
      [en['adminForm.programmes'], en['adminForm.summary'], 10_000],
      [en['adminForm.programmes'], en['report.website'], 2000],
      [en['adminForm.initiatives'], en['adminForm.code'], 64],
      [en['adminForm.initiatives'], en['adminForm.nameLocal'], 500],
      [en['adminForm.initiatives'], en['adminForm.nameEn'], 500],
      [en['adminForm.initiatives'], en['adminForm.summary'], 10_000],
      [en['adminForm.indicators'], en['adminForm.code'], 64],
      [en['adminForm.indicators'], en['adminForm.nameEn'], 500],
      [en['adminForm.indicators'], en['adminForm.definition'], 10_000],
      [en['adminForm.sources'], en['adminForm.key'], 64],
      [en['adminForm.sources'], en['adminForm.sourceTitle'], 1000],
      [en['adminForm.sources'], en['adminForm.titleEn'], 500],
      [en['adminForm.sources'], en['adminForm.publisher'], 500],
      [en['adminForm.sources'], en['adminForm.url'], 2000],
      [en['admin.invite'], en['admin.email'], 254],
      [en['admin.newToken'], en['admin.name'], 200],
    ];
    for (const [name, label, length] of limits)
      expect([
        name,
        label,
        await form(page, name).getByLabel(label, { exact: true }).getAttribute('maxlength'),
      ]).toEqual([name, label, String(length)]);
    const key = form(page, en['adminForm.sources']).getByLabel(en['adminForm.key'], { exact: true });
    await key.fill('k'.repeat(100));
    await expect(key.inputValue()).resolves.toBe('k'.repeat(64));
    await page.close();
  });

  it('saves a funder amount written with a decimal comma, as the record forms read it', async () => {
    const code = 'SKR_GE_2018_2020';
    const { programme, organisations } = (
      await api(`{ programme(code: "${code}") { nameEn funders { funder { id } } }
        organisations(first: 100) { nodes { id code nameEn } } }`)
    ).data as {
      programme: { nameEn: string; funders: { funder: { id: string } }[] };
      organisations: { nodes: { id: string; code: string; nameEn: string }[] };
    };
    const funder = organisations.nodes.find((node) => !programme.funders.some((link) => link.funder.id === node.id))!;
    const page = await open('/admin', en['admin.title']);
    const links = section(page, en['admin.programmeLinks']);
    await links.getByLabel(en['admin.programme'], { exact: true }).selectOption({ label: programme.nameEn });
    const what = en['admin.links.funders'];
    await links.getByRole('button', { name: en['admin.addLink'].replace('{what}', what) }).click();
    const row = (text: string) =>
      text.replace('{what}', what).replace('{number}', String(programme.funders.length + 1));
    await links.getByLabel(row(en['admin.linkTarget']), { exact: true }).selectOption(funder.id);
    await links.getByLabel(row(en['admin.linkAmount'])).fill('12,5');
    await links.getByLabel(row(en['admin.linkCurrency'])).fill('sek');
    await links.getByRole('button', { name: en['admin.saveLinks'].replace('{what}', what) }).click();
    await page
      .getByRole('status')
      .filter({ hasText: en['admin.linksSaved'].replace('{what}', what) })
      .waitFor();
    const saved = (await api(`{ programme(code: "${code}") { funders { funder { id } amount { amount currency } } } }`))
      .data.programme.funders as { funder: { id: string }; amount: { amount: number; currency: string } | null }[];
    expect(saved.find((link) => link.funder.id === funder.id)?.amount).toEqual({ amount: 12.5, currency: 'SEK' });
    await page.close();
  });
});
