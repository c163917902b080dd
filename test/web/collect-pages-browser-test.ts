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
import { serverSettingsFromEnv } from '../../src/server/server-settings';
import { initScratchHub, type TestHub } from '../support/test-hub';
import { graphqlAs } from '../support/browser-session';
import { launchChromium, recordPage } from './support/browser';

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
const INDICATOR = 'People who participated in gender training';
const HOSTILE_COMMENT = '<script>window.__injected = true</script>Men: count the two sessions once.';

/** A person with an account, who signs in through the /sign-in page. */
interface Person {
  email: string;
  password: string;
}

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
 * refused another municipality's form, by the page and by the API. People sign in through the
 * /sign-in page (typed email and password, by keyboard) and use the pages with their session
 * cookie; the API checks beside them use bearer tokens of the same roles and scopes.
 */
describe('reporting and reviewing values in Chromium', () => {
  let hub: TestHub;
  let url: string;
  let origin: string;
  let browser: BrowserContext;
  let closeBrowser: () => Promise<void>;
  let reporter: string;
  let admin: string;
  let mine: { id: number; code: string; name: string };
  const people: Record<'reporter' | 'reviewer' | 'admin', Person> = {
    reporter: { email: 'officer@example.org', password: 'the officer reports every spring' },
    reviewer: { email: 'reviewer@example.org', password: 'the reviewer reads every value' },
    admin: { email: 'admin@example.org', password: 'the administrator keeps the keys' },
  };
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

  /** Types `who`'s email and password into the sign-in page `page` shows, by keyboard, and sends them with Enter. */
  async function typeSignIn(page: Page, who: Person): Promise<void> {
    await page.getByRole('heading', { level: 1, name: en['auth.signInTitle'] }).waitFor();
    await page.getByLabel(en['auth.email']).focus();
    await page.keyboard.type(who.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(who.password);
    await page.keyboard.press('Enter');
  }

  /**
   * Opens `path` in a browser without cookies: anonymous (`who` null), or signed in as `who` through
   * /sign-in?next=<path>, which returns to `path` once signed in.
   */
  async function open(path: string, who: Person | null, heading: string | RegExp): Promise<Page> {
    await browser.clearCookies();
    const page = await browser.newPage();
    if (who) {
      await page.goto(`${origin}/sign-in?next=${encodeURIComponent(path)}`, { waitUntil: 'networkidle' });
      await typeSignIn(page, who);
      await page.waitForURL(origin + path);
      await page.waitForLoadState('networkidle');
    } else await page.goto(origin + path, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    return page;
  }

  /** Types `who` into the sign-in page and waits for the hub's answer to that attempt; returns its status. */
  async function attemptSignIn(page: Page, who: Person): Promise<number> {
    await page.getByLabel(en['auth.email']).fill('');
    const [answer] = await Promise.all([
      page.waitForResponse((response) => new URL(response.url()).pathname === '/auth/sign-in'),
      typeSignIn(page, who),
    ]);
    return answer.status();
  }

  /** The header's account corner. */
  const accountCorner = (page: Page) => page.locator('.site-header .account-menu');

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
    // Last year's approved value of one cell, which the review queue shows beside this year's.
    admin = (await createApiToken(em.fork(), { name: 'admin', role: Role.ADMIN })).secret;
    await insertAccount(em.fork(), { ...people.reporter, role: Role.REPORTER, municipalityIds: [mine.id] });
    await insertAccount(em.fork(), {
      ...people.reviewer,
      role: Role.REVIEWER,
      organisationIds: [participants[0].funder],
    });
    await insertAccount(em.fork(), { ...people.admin, role: Role.ADMIN });
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

  it("chooses a reporter's only municipality when the link names none", async () => {
    const page = await open('/report', people.reporter, en['collect.title']);
    await expect.poll(() => page.getByLabel(en['collect.municipality']).inputValue()).toBe(`NO-${mine.code}`);
    expect(new URL(page.url()).searchParams.get('municipality')).toBe(`NO-${mine.code}`);
    await page.close();
  });

  it('shows an out-of-range value at its cell and stores nothing; then submits the values by sex', async () => {
    const page = await open(reportPath(), people.reporter, en['collect.title']);
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
    const review = await open('/review', people.reviewer, en['review.title']);
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

    const page = await open(reportPath(), people.reporter, en['collect.title']);
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
    const review = await open('/review', people.reviewer, en['review.title']);
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
      people.reporter,
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
    const page = await open(reportPath(), people.reporter, en['collect.title']);
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
    try {
      const page = await open(
        `/report?municipality=NO-${other.code}&year=2025&indicators=GENDER_TRAINING_PARTICIPANTS`,
        { email: 'reporter@example.org', password },
        en['collect.title'],
      );
      await expect(accountCorner(page).textContent()).resolves.toContain(
        'Signed in as reporter@example.org (Reporter)',
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
    const refused = await open('/admin', people.reporter, en['admin.title']);
    await refused.getByRole('alert').filter({ hasText: en['admin.notAdmin'] }).waitFor();
    await refused.close();

    const page = await open('/admin', people.admin, en['admin.title']);
    const invite = page.getByRole('form', { name: en['admin.invite'] });
    await invite.getByLabel(en['admin.email']).fill('new.reporter@example.org');
    await invite.getByLabel(en['admin.role']).selectOption('REPORTER');
    await invite.getByLabel(en['admin.municipalities']).fill(`NO:${mine.code}`);
    await invite.getByRole('button', { name: en['admin.inviteButton'] }).click();
    const invitation = new URL(await page.getByLabel(en['admin.copyOnce']).inputValue());
    expect(invitation.pathname).toBe('/accept-invitation');
    expect(invitation.hash).toMatch(/^#token=[A-Za-z0-9_-]{43}$/);
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

    await page.close();

    // The invited person opens the link (on this hub's origin), sets a password by the rules shown, and is signed in.
    await browser.clearCookies();
    const accept = await browser.newPage();
    const acceptPath = `${invitation.pathname}${invitation.hash}`;
    await accept.goto(origin + acceptPath, { waitUntil: 'networkidle' });
    await accept.getByRole('heading', { level: 1, name: en['auth.acceptTitle'] }).waitFor();
    await expect(accept.title()).resolves.toBe(`${en['auth.acceptTitle']} – ${en['site.name']}`);
    const newPassword = accept.getByLabel(en['auth.newPassword'], { exact: true });
    await expect(
      accept.locator(`[id="${(await newPassword.getAttribute('aria-describedby'))!}"]`).textContent(),
    ).resolves.toBe('At least 12 and at most 256 characters; a phrase of several words is easy to remember.');
    await newPassword.fill('too short');
    await accept.getByLabel(en['auth.repeatPassword']).fill('too short');
    await accept.getByRole('button', { name: en['auth.setPassword'] }).click();
    await accept.getByRole('alert').filter({ hasText: 'The password must be at least 12 characters long.' }).waitFor();
    await expect(newPassword.getAttribute('aria-invalid')).resolves.toBe('true');
    await newPassword.fill('new reporter phrase of words');
    await accept.getByLabel(en['auth.repeatPassword']).fill('new reporter phrase of worms');
    await accept.getByRole('button', { name: en['auth.setPassword'] }).click();
    await accept.getByRole('alert').filter({ hasText: en['auth.mismatch'] }).waitFor();
    await accept.getByLabel(en['auth.repeatPassword']).fill('new reporter phrase of words');
    await accept.getByLabel(en['auth.repeatPassword']).press('Enter');
    await accept.waitForURL(`${origin}/`);
    await accountCorner(accept).filter({ hasText: 'Signed in as new.reporter@example.org (Reporter)' }).waitFor();
    // The link worked once.
    await accept.goto(origin + acceptPath, { waitUntil: 'networkidle' });
    await accept.getByLabel(en['auth.newPassword'], { exact: true }).fill('another phrase of words');
    await accept.getByLabel(en['auth.repeatPassword']).fill('another phrase of words');
    await accept.getByRole('button', { name: en['auth.setPassword'] }).click();
    await accept.getByRole('alert').filter({ hasText: en['auth.linkUnusable'] }).waitFor();
    await accept.close();

    // A reset link from the API points to /reset-password, where a new password is set and signs in.
    const invited = (await api('{ accounts { id email } }', {}, admin)).data.accounts.find(
      (row: { email: string }) => row.email === 'new.reporter@example.org',
    );
    const resetLink = new URL(
      (await api('mutation ($id: ID!) { createPasswordReset(id: $id) { link } }', { id: invited.id }, admin)).data
        .createPasswordReset.link,
    );
    expect(resetLink.pathname).toBe('/reset-password');
    await browser.clearCookies();
    const reset = await browser.newPage();
    await reset.goto(`${origin}${resetLink.pathname}${resetLink.hash}`, { waitUntil: 'networkidle' });
    await reset.getByRole('heading', { level: 1, name: en['auth.resetTitle'] }).waitFor();
    await reset.getByLabel(en['auth.newPassword'], { exact: true }).fill('the reset phrase of words');
    await reset.getByLabel(en['auth.repeatPassword']).fill('the reset phrase of words');
    await reset.getByRole('button', { name: en['auth.setPassword'] }).click();
    await reset.waitForURL(`${origin}/`);
    await accountCorner(reset).filter({ hasText: 'new.reporter@example.org' }).waitFor();
    await reset.close();

    const again = await open('/admin', people.admin, en['admin.title']);
    const invitedRow = again.getByRole('row').filter({ hasText: 'new.reporter@example.org' });
    await again.getByRole('button', { name: 'Disable new.reporter@example.org' }).click();
    await invitedRow.getByText(en['admin.disabled'], { exact: true }).waitFor();
    await again.close();
  });

  it("lets an ADMIN set a programme's funders with amounts and its participating municipalities with grants", async () => {
    const page = await open('/admin', people.admin, en['admin.title']);
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

  it('tells a wrong email or password in one message, announced, and signs nobody in', async () => {
    await browser.clearCookies();
    const page = await browser.newPage();
    await page.goto(`${origin}/sign-in?next=${encodeURIComponent('/review')}`, { waitUntil: 'networkidle' });
    await expect(page.title()).resolves.toBe(`${en['auth.signInTitle']} – ${en['site.name']}`);
    for (const who of [
      { email: people.reviewer.email, password: 'not the password at all' },
      { email: 'nobody@example.org', password: people.reviewer.password },
    ]) {
      expect(await attemptSignIn(page, who)).toBe(401);
      await page.getByRole('alert').filter({ hasText: en['auth.wrong'] }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/sign-in');
    }
    expect((await browser.cookies(origin)).some((cookie) => cookie.name === 'hub_session')).toBe(false);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual(
      [],
    );
    await page.close();
  });

  it('shows a throttled sign-in on the page with when to try again, even with the right password', async () => {
    const allowed = serverSettingsFromEnv(process.env).accounts.signInAttemptsPerAccount;
    const locked: Person = { email: 'locked.out@example.org', password: 'the locked phrase of words' };
    await insertAccount(hub.orm.em.fork(), { ...locked, role: Role.VIEWER, organisationIds: [1] });
    await browser.clearCookies();
    const page = await browser.newPage();
    await page.goto(`${origin}/sign-in`, { waitUntil: 'networkidle' });
    for (let attempt = 0; attempt < allowed; attempt += 1) {
      expect(await attemptSignIn(page, { email: locked.email, password: `wrong password ${attempt}` })).toBe(401);
      await page.getByRole('alert').filter({ hasText: en['auth.wrong'] }).waitFor();
    }
    expect(await attemptSignIn(page, locked)).toBe(429);
    const throttled = page.getByRole('alert').filter({ hasText: 'Too many sign-in attempts.' });
    await throttled.waitFor();
    await expect(throttled.textContent()).resolves.toMatch(
      /Try again at \d{1,2}:\d{2}\s?(am|pm|AM|PM)? \(in about \d+ min\)\./,
    );
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect((await browser.cookies(origin)).some((cookie) => cookie.name === 'hub_session')).toBe(false);
    await page.close();
  });

  it('keeps the sign-in page whole whatever its link says of an error (the page was blanked by two)', async () => {
    for (const query of ['error=constructor', 'error=too-many-attempts&retryAfter=1e20']) {
      const page = await open(`/sign-in?${query}`, null, en['auth.signInTitle']);
      await page.getByLabel(en['auth.email']).waitFor();
      await page.close();
    }
  });

  it('signs out from the header: the page then reads as anonymous, and the old session is refused', async () => {
    const page = await open(reportPath(), people.reporter, en['collect.title']);
    await accountCorner(page).filter({ hasText: 'Signed in as officer@example.org (Reporter)' }).waitFor();
    const cookie = (await browser.cookies(origin)).find((entry) => entry.name === 'hub_session')!;
    await accountCorner(page).getByRole('button', { name: en['auth.signOut'] }).click();
    const prompt = page.getByRole('alert').filter({ hasText: en['auth.promptAnonymous'] });
    await prompt.waitFor();
    await expect(prompt.getByRole('link', { name: en['auth.promptLink'] }).getAttribute('href')).resolves.toBe(
      `/sign-in?next=${encodeURIComponent(reportPath())}`,
    );
    await expect(accountCorner(page).getByRole('link', { name: en['auth.signIn'] }).getAttribute('href')).resolves.toBe(
      `/sign-in?next=${encodeURIComponent(reportPath())}`,
    );
    await expect(page.getByRole('textbox', { name: new RegExp(INDICATOR) }).count()).resolves.toBe(0);
    const old = await graphqlAs({ origin, cookie: `hub_session=${cookie.value}` }, '{ viewer { role } }');
    expect(old.status).toBe(401);
    await page.close();
  });

  it('shows the sign-in prompt on /report when the session was ended on the server, and returns there after signing in again', async () => {
    const page = await open(reportPath(), people.reporter, en['collect.title']);
    await row(page, 'Total').waitFor();
    await hub.orm.em
      .fork()
      .getConnection()
      .execute(`delete from account_session where account_id = (select id from account where email = ?)`, [
        people.reporter.email,
      ]);
    await page.reload({ waitUntil: 'networkidle' });
    const prompt = page.getByRole('alert').filter({ hasText: en['auth.promptEnded'] });
    await prompt.waitFor();
    await expect(page.getByText(en['status.failed'].split('{')[0].trim()).count()).resolves.toBe(0);
    await prompt.getByRole('link', { name: en['auth.promptLink'] }).click();
    await typeSignIn(page, people.reporter);
    await page.waitForURL(origin + reportPath());
    await row(page, 'Total').waitFor();
    await page.close();
  });

  it('never leaves the hub for a `next` naming another site', async () => {
    for (const next of ['//evil.example/steal', 'https://evil.example/', '/\\evil.example', '/\t/evil.example']) {
      await browser.clearCookies();
      const page = await browser.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).host));
      await page.goto(`${origin}/sign-in?next=${encodeURIComponent(next)}`, { waitUntil: 'networkidle' });
      await typeSignIn(page, people.reviewer);
      await page.waitForURL((address) => address.pathname !== '/sign-in');
      const landed = new URL(page.url());
      expect(landed.origin, next).toBe(origin);
      expect(landed.pathname, next).toBe('/');
      expect(
        requested.filter((host) => host !== landed.host),
        next,
      ).toEqual([]);
      await accountCorner(page).filter({ hasText: people.reviewer.email }).waitFor();
      await page.close();
    }
  });
});
