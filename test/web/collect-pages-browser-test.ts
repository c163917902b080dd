import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAccount } from '../../src/auth/accounts';
import { createApiToken } from '../../src/auth/api-tokens';
import { Role } from '../../src/entities/role.enum';
import { toGlobalId } from '../../src/schema/global-id';
import { seedDatabase } from '../../src/seed/seed-database';
import { en } from '../../web/src/i18n/catalogues/en';
import { initScratchHub, type TestHub } from '../support/test-hub';
import { signIn } from '../support/browser-session';
import { launchChromium, recordPage } from './support/browser';

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
const INDICATOR = 'People who participated in gender training';
const HOSTILE_COMMENT = '<script>window.__injected = true</script>Men: count the two sessions once.';

interface Stored {
  id: string;
  sex: string;
  role: string | null;
  value: number;
  reviewStatus: string;
  reviewComment: string | null;
  version: number;
}

/**
 * The data collection journey in Chromium, over a seeded hub of its own: a Norwegian municipality's
 * REPORTER enters 2025 values by sex (an out-of-range one shows at its cell and nothing is stored),
 * submits; the funding ministry's REVIEWER returns one with a comment (holding `<script>`, shown as
 * text), the reporter corrects and resubmits, the reviewer approves (a value changed meanwhile is
 * refused and marked, nothing overwritten) and the anonymous pages show the value. The reporter is
 * refused another municipality's form, by the page and by the API. Callers authenticate with
 * bearer tokens sent by the browser, as the pages would with a session cookie.
 */
describe('reporting and reviewing values in Chromium', () => {
  let hub: TestHub;
  let url: string;
  let origin: string;
  let browser: BrowserContext;
  let closeBrowser: () => Promise<void>;
  let reporter: string;
  let reviewer: string;
  let admin: string;
  let mine: { id: number; code: string; name: string };
  let other: { id: number; code: string };

  const api = async (query: string, variables: Record<string, unknown>, secret?: string) =>
    (await (
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
        body: JSON.stringify({ query, variables }),
      })
    ).json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };

  /** The municipality's values of a year (2025 unless told) in every review state, as the reporter reads them. */
  const stored = async (year = 2025): Promise<Stored[]> =>
    (
      await api(
        `query ($scope: ID!, $from: LocalDate!, $to: LocalDate!) { observations(first: 100, filter: { scope: $scope, periodFrom: $from, periodTo: $to,
          reviewStatuses: [DRAFT, SUBMITTED, RETURNED, APPROVED] }) { nodes { id sex role value reviewStatus reviewComment version } } }`,
        { scope: toGlobalId('Municipality', mine.id), from: `${year}-01-01`, to: `${year}-12-31` },
        reporter,
      )
    ).data.observations.nodes;

  async function open(path: string, secret: string | null, heading: string | RegExp): Promise<Page> {
    const page = await browser.newPage();
    if (secret) await page.setExtraHTTPHeaders({ Authorization: `Bearer ${secret}` });
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    return page;
  }

  const reportPath = () => `/report?municipality=NO-${mine.code}&year=2025&indicators=GENDER_TRAINING_PARTICIPANTS`;
  const cell = (page: Page, label: string) =>
    page.getByRole('textbox', { name: `${INDICATOR}: ${label}`, exact: true });
  const row = (page: Page, label: string) => page.getByRole('row').filter({ has: cell(page, label) });

  beforeAll(async () => {
    hub = await initScratchHub();
    const em = hub.orm.em.fork();
    await seedDatabase(em);
    const participants = await em.execute<{ id: number; code: string; name_local: string; funder: number }[]>(`
      select m.id, m.code, m.name_local, pf.organisation_id as funder from programme_participant pp
      join programme p on p.id = pp.programme_id and p.code = 'NO_LIKESTILTE_KOMMUNER'
      join programme_funder pf on pf.programme_id = p.id
      join municipality m on m.id = pp.municipality_id
      order by m.code limit 2`);
    mine = { id: participants[0].id, code: participants[0].code, name: participants[0].name_local };
    other = { id: participants[1].id, code: participants[1].code };
    reporter = (await createApiToken(em.fork(), { name: 'reporter', role: Role.REPORTER, municipalityIds: [mine.id] }))
      .secret;
    reviewer = (
      await createApiToken(em.fork(), {
        name: 'reviewer',
        role: Role.REVIEWER,
        organisationIds: [participants[0].funder],
      })
    ).secret;
    // Last year's approved value of one cell, which the review queue shows beside this year's.
    admin = (await createApiToken(em.fork(), { name: 'admin', role: Role.ADMIN })).secret;
    url = await hub.listen();
    const lastYear = await api(
      `mutation ($rows: [ObservationInput!]!) { submitObservations(rows: $rows) { created } }`,
      {
        rows: [
          {
            indicator: 'GENDER_TRAINING_PARTICIPANTS',
            scope: toGlobalId('Municipality', mine.id),
            periodStart: '2024-01-01',
            periodEnd: '2024-12-31',
            sex: 'FEMALE',
            value: 10,
          },
        ],
      },
      admin,
    );
    expect(lastYear.errors).toBeUndefined();
    await em.execute(`update observation set review_status = 'APPROVED'`);
    origin = new URL(url).origin;
    ({ browser, close: closeBrowser } = await launchChromium());
  });
  afterAll(async () => {
    await closeBrowser?.();
    await hub?.close();
  });

  it('shows an out-of-range value at its cell and stores nothing; then submits the values by sex', async () => {
    const page = await open(reportPath(), reporter, en['collect.title']);
    const record = recordPage(page);
    await expect(page.getByRole('table', { name: new RegExp(INDICATOR) }).textContent()).resolves.toContain(
      'a whole number of at least 0',
    );
    await cell(page, 'Women').fill('12');
    await cell(page, 'Men').fill('9');
    await cell(page, 'Total').fill('-21');
    await page.getByLabel(/^Evidence links for/).fill('https://example.org/training-register-2025.pdf');
    await page.getByRole('button', { name: en['collect.submit'] }).click();
    await page.getByRole('alert').filter({ hasText: 'Nothing was saved: 1 values' }).waitFor();
    const total = cell(page, 'Total');
    await expect(total.getAttribute('aria-invalid')).resolves.toBe('true');
    const problem = page.locator(`#${await total.getAttribute('aria-describedby')}`);
    await expect(problem.textContent()).resolves.toMatch(/\S/);
    await expect(row(page, 'Total').textContent()).resolves.toContain(await problem.textContent());
    expect(await stored()).toEqual([]);

    await total.fill('21');
    await page.getByRole('button', { name: en['collect.submit'] }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: 3 new, 0 changed, 0 unchanged.' }).waitFor();
    await row(page, 'Men').getByText('Submitted').waitFor();
    const values = await stored();
    expect(values.map((value) => [value.sex, value.value, value.reviewStatus]).sort()).toEqual([
      ['FEMALE', 12, 'SUBMITTED'],
      ['MALE', 9, 'SUBMITTED'],
      ['TOTAL', 21, 'SUBMITTED'],
    ]);
    expect(record.consoleErrors).toEqual([]);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual(
      [],
    );
    await page.close();
  });

  it("lets the reviewer return one value with a comment, shown to the reporter as text, with the value's history", async () => {
    const review = await open('/review', reviewer, en['review.title']);
    await expect.poll(() => review.getByRole('row').count()).toBe(4);
    const women = review.getByRole('row').filter({ has: review.getByRole('checkbox', { name: /Women, / }) });
    await expect(women.innerText()).resolves.toMatch(/\t12\t10 \(2024\)\t\+2\t/);
    await expect(women.getByRole('link', { name: 'Document 1' }).getAttribute('href')).resolves.toBe(
      'https://example.org/training-register-2025.pdf',
    );
    await review.getByRole('checkbox', { name: /Men, / }).check();
    if (process.env.UPDATE_SCREENSHOTS)
      await review.screenshot({ path: join(SCREENSHOTS, 'review.png'), fullPage: true });
    await review.getByLabel(en['review.comment']).fill(HOSTILE_COMMENT);
    await review.getByRole('button', { name: en['review.return'] }).click();
    await review.getByRole('status').filter({ hasText: '1 values returned.' }).waitFor();
    await expect.poll(() => review.getByRole('row').count()).toBe(3);
    const { violations } = await new AxeBuilder({ page: review }).analyze();
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual(
      [],
    );
    await review.close();

    const page = await open(reportPath(), reporter, en['collect.title']);
    const men = row(page, 'Men');
    await men.getByText('Returned').waitFor();
    await expect(men.locator('.review-comment q').textContent()).resolves.toBe(HOSTILE_COMMENT);
    await expect(men.locator('script').count()).resolves.toBe(0);
    if (process.env.UPDATE_SCREENSHOTS)
      await page.screenshot({ path: join(SCREENSHOTS, 'report.png'), fullPage: true });
    await expect(page.evaluate(() => (globalThis as { __injected?: boolean }).__injected)).resolves.toBeUndefined();

    // Corrected with the keyboard alone: focus the value, type, Enter submits.
    await cell(page, 'Men').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('10');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Saved: 0 new, 1 changed, 2 unchanged.' }).waitFor();
    await men.getByText('Submitted').waitFor();

    await men.getByRole('button', { name: /History of/ }).click();
    const history = men.locator('.value-history li');
    await history.nth(2).waitFor();
    expect(await history.allTextContents()).toEqual([
      expect.stringContaining('Created'),
      expect.stringMatching(/Returned.*<script>window/),
      expect.stringContaining('Changed'),
    ]);
    await page.close();
  });

  it('approves the batch at the versions read: a value changed meanwhile is refused and marked, nothing overwritten', async () => {
    const review = await open('/review', reviewer, en['review.title']);
    await expect.poll(() => review.getByRole('row').count()).toBe(4);
    const women = (await stored()).find((value) => value.sex === 'FEMALE')!;
    const changed = await api(
      `mutation ($rows: [ObservationInput!]!) { submitObservations(rows: $rows) { updated } }`,
      {
        rows: [
          {
            indicator: 'GENDER_TRAINING_PARTICIPANTS',
            scope: toGlobalId('Municipality', mine.id),
            periodStart: '2025-01-01',
            periodEnd: '2025-12-31',
            sex: 'FEMALE',
            value: 11,
            version: women.version,
          },
        ],
      },
      reporter,
    );
    expect(changed.data?.submitObservations.updated).toBe(1);

    await review.getByRole('checkbox', { name: en['review.selectAll'] }).check();
    await review.getByRole('button', { name: en['review.approve'] }).click();
    await review.getByRole('alert').filter({ hasText: 'Nothing was saved: 1 values changed' }).waitFor();
    const marked = review.getByRole('row').filter({ hasText: en['review.changedSinceLoaded'] });
    await expect(marked.textContent()).resolves.toContain('Women');
    await marked.getByText('11').waitFor();
    expect((await stored()).map((value) => value.reviewStatus)).toEqual(['SUBMITTED', 'SUBMITTED', 'SUBMITTED']);

    await review.getByRole('checkbox', { name: en['review.selectAll'] }).check();
    await review.getByRole('button', { name: en['review.approve'] }).click();
    await review.getByRole('status').filter({ hasText: '3 values approved.' }).waitFor();
    await review.getByText(en['review.empty']).waitFor();
    expect((await stored()).map((value) => value.reviewStatus)).toEqual(['APPROVED', 'APPROVED', 'APPROVED']);
    await review.close();
  });

  it("shows the approved value to anonymous readers, from the programme report to the municipality's profile", async () => {
    const page = await open('/programmes/NO_LIKESTILTE_KOMMUNER', null, /Gender-equal municipalities/);
    await page.getByRole('link', { name: mine.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: mine.name }).waitFor();
    const result = page.getByRole('row').filter({ hasText: INDICATOR }).first();
    await result.waitFor();
    await expect(result.innerText()).resolves.toMatch(/\t21 \(/);
    await page.close();
  });

  it("refuses the reporter another municipality's form, on the page and in the API", async () => {
    const page = await open(
      `/report?municipality=NO-${other.code}&year=2025&indicators=GENDER_TRAINING_PARTICIPANTS`,
      reporter,
      en['collect.title'],
    );
    await page
      .getByRole('alert')
      .filter({ hasText: `You do not report for NO-${other.code}.` })
      .waitFor();
    await expect(page.getByRole('textbox', { name: new RegExp(INDICATOR) }).count()).resolves.toBe(0);
    await page.close();

    const refused = await api(
      `mutation ($rows: [ObservationInput!]!) { submitObservations(rows: $rows) { created } }`,
      {
        rows: [
          {
            indicator: 'GENDER_TRAINING_PARTICIPANTS',
            scope: toGlobalId('Municipality', other.id),
            periodStart: '2025-01-01',
            periodEnd: '2025-12-31',
            value: 3,
          },
        ],
      },
      reporter,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('uploads a CSV file with a progress bar and lists its problems by line, writing nothing', async () => {
    const page = await open(reportPath(), reporter, en['collect.title']);
    const csv = [
      'indicator,country,municipality,period_start,period_end,sex,value',
      `GENDER_TRAINING_PARTICIPANTS,NO,${mine.code},2023-01-01,2023-12-31,FEMALE,4`,
      `GENDER_TRAINING_PARTICIPANTS,NO,${mine.code},2023-01-01,2023-12-31,MALE,"12,5"`,
    ].join('\n');
    await page.getByLabel(en['collect.csvFile'], { exact: true }).setInputFiles({
      name: 'values.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: en['collect.csvUpload'] }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'the file has 1 problems' });
    await problems.waitFor();
    await expect(problems.locator('li').allTextContents()).resolves.toEqual([expect.stringMatching(/^Line 3:.*12,5/)]);
    await expect(page.getByRole('progressbar').getAttribute('value')).resolves.toBe('1');
    expect(await stored(2023)).toEqual([]);

    await page.getByLabel(en['collect.csvFile'], { exact: true }).setInputFiles({
      name: 'values.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv.replace('"12,5"', '12')),
    });
    await page.getByLabel(en['collect.csvDraft']).check();
    await page.getByRole('button', { name: en['collect.csvUpload'] }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: 2 new, 0 changed, 0 unchanged.' }).waitFor();
    expect((await stored(2023)).map((value) => `${value.sex} ${value.reviewStatus}`).sort()).toEqual([
      'FEMALE DRAFT',
      'MALE DRAFT',
    ]);
    await page.close();
  });

  it('works for a signed-in account: the form and the upload send the session cookie and the header the hub requires of it', async () => {
    const password = 'correct horse battery staple';
    await insertAccount(hub.orm.em.fork(), {
      email: 'reporter@example.org',
      role: Role.REPORTER,
      municipalityIds: [other.id],
      password,
    });
    const session = await signIn(origin, 'reporter@example.org', password);
    const [name, value] = session.cookie.split('=');
    await browser.addCookies([{ name, value, url: origin }]);
    try {
      const page = await open(
        `/report?municipality=NO-${other.code}&year=2025&indicators=GENDER_TRAINING_PARTICIPANTS`,
        null,
        en['collect.title'],
      );
      await cell(page, 'Total').fill('5');
      await page.getByRole('button', { name: en['collect.saveDraft'] }).click();
      await page.getByRole('status').filter({ hasText: 'Saved: 1 new, 0 changed, 0 unchanged.' }).waitFor();
      await row(page, 'Total').getByText('Draft').waitFor();

      await page.getByLabel(en['collect.csvFile'], { exact: true }).setInputFiles({
        name: 'values.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          `indicator,country,municipality,period_start,period_end,sex,value\nGENDER_TRAINING_PARTICIPANTS,NO,${other.code},2025-01-01,2025-12-31,FEMALE,3\n`,
        ),
      });
      await page.getByRole('button', { name: en['collect.csvUpload'] }).click();
      await page.getByRole('status').filter({ hasText: 'Saved: 1 new, 0 changed, 0 unchanged.' }).waitFor();
      await row(page, 'Women').getByText('Submitted').waitFor();
      await page.close();
    } finally {
      await browser.clearCookies();
    }
  });

  it('lets an ADMIN invite a reporter, create a token shown once and revoke it, and disable an account; others are turned away', async () => {
    const refused = await open('/admin', reporter, en['admin.title']);
    await refused.getByRole('alert').filter({ hasText: en['admin.notAdmin'] }).waitFor();
    await refused.close();

    const page = await open('/admin', admin, en['admin.title']);
    const invite = page.getByRole('form', { name: en['admin.invite'] });
    await invite.getByLabel(en['admin.email']).fill('new.reporter@example.org');
    await invite.getByLabel(en['admin.role']).selectOption('REPORTER');
    await invite.getByLabel(en['admin.municipalities']).fill(`NO:${mine.code}`);
    await invite.getByRole('button', { name: en['admin.inviteButton'] }).click();
    await expect(page.getByLabel(en['admin.copyOnce']).inputValue()).resolves.toMatch(/\/accept-invitation#token=/);
    const account = page.getByRole('row').filter({ hasText: 'new.reporter@example.org' });
    await expect(account.innerText()).resolves.toContain(`NO:${mine.code}`);
    await account.getByText(en['admin.invitedStatus']).waitFor();

    const tokenForm = page.getByRole('form', { name: en['admin.newToken'] });
    await tokenForm.getByLabel(en['admin.name'], { exact: true }).fill('reviewer-script');
    await tokenForm.getByLabel(en['admin.role']).selectOption('REVIEWER');
    await tokenForm.getByLabel(/^Organisations/).selectOption({ index: 0 });
    await tokenForm.getByRole('button', { name: en['admin.createToken'] }).click();
    await page.getByRole('status').filter({ hasText: 'Token reviewer-script created.' }).waitFor();
    const secret = await page.getByLabel(en['admin.copyOnce']).inputValue();
    expect(secret).toMatch(/^hub_/);
    const asToken = await api('{ viewer { role } }', {}, secret);
    expect(asToken.data?.viewer.role).toBe('REVIEWER');

    await page.getByRole('button', { name: 'Revoke reviewer-script' }).click();
    await page.getByRole('status').filter({ hasText: 'Token reviewer-script is revoked.' }).waitFor();
    const revoked = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    });
    expect(revoked.status).toBe(401);

    await page.getByRole('button', { name: 'Disable new.reporter@example.org' }).click();
    await account.getByText(en['admin.disabled'], { exact: true }).waitFor();
    await page.close();
  });

  it("lets an ADMIN set a programme's funders with amounts and its participating municipalities with grants", async () => {
    const page = await open('/admin', admin, en['admin.title']);
    await page
      .getByRole('combobox', { name: en['admin.programme'], exact: true })
      .selectOption({ label: 'SKR gender equality initiative 2018-2020' });
    await page.getByRole('button', { name: 'Add to Funders' }).click();
    const last = await page.getByLabel(/^Funders \d+$/).count();
    await page.getByLabel(`Funders ${last}`, { exact: true }).selectOption({ index: 1 });
    await page.getByLabel(`Funders ${last}: amount`).fill('250000');
    await page.getByLabel(`Funders ${last}: currency`).fill('sek');
    await page.getByRole('button', { name: 'Save Funders' }).click();
    await page.getByRole('status').filter({ hasText: 'Funders: saved.' }).waitFor();

    await page.getByRole('button', { name: 'Add to Participating municipalities' }).click();
    const place = await page.getByLabel(/^Participating municipalities \d+$/).count();
    await page.getByLabel(`Participating municipalities ${place}`, { exact: true }).fill(`NO:${mine.code}`);
    await page.getByLabel(`Participating municipalities ${place}: amount`).fill('1000');
    await page.getByLabel(`Participating municipalities ${place}: currency`).fill('NOK');
    await page.getByRole('button', { name: 'Save Participating municipalities' }).click();
    await page.getByRole('status').filter({ hasText: 'Participating municipalities: saved.' }).waitFor();
    await page.close();

    const programme = (
      await api(
        `{ programme(code: "SKR_GE_2018_2020") { funders { amount { amount currency } } participants { municipality { code } grant { amount currency } } } }`,
        {},
        admin,
      )
    ).data.programme;
    expect(programme.funders).toContainEqual({ amount: { amount: 250000, currency: 'SEK' } });
    expect(programme.participants).toContainEqual({
      municipality: { code: mine.code },
      grant: { amount: 1000, currency: 'NOK' },
    });
  });
});
