import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/auth/api-tokens';
import { Role } from '../src/entities/role.enum';
import { equalPercentages } from '../src/iati/iati-activity-xml';
import { xmlAttributes, xmlElement, xmlText } from '../src/iati/xml-text';
import { toGlobalId } from '../src/schema/global-id';
import { seedDatabase } from '../src/seed/seed-database';
import { codelistCodes, iatiSchemaErrors } from './support/iati-schema';
import { initScratchHub, type TestHub } from './support/test-hub';

const IDENTIFIERS = { SALAR: 'SE-ON-TEST-SALAR', SCTM: 'RS-TEST-SCTM', NO_BLD: 'NO-TEST-BLD' };

/** Each value of `attribute` on every `element` of the document. */
function attributeValues(xml: string, element: string, attribute: string): string[] {
  const values: string[] = [];
  for (const match of xml.matchAll(new RegExp(`<${element}\\b[^>]*>`, 'g')))
    for (const found of match[0].matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, 'g'))) values.push(found[1]);
  return values;
}

describe('IATI 2.03 activity export', () => {
  let hub: TestHub;
  let origin = '';
  let adminSecret = '';

  async function download(query: string, secret?: string) {
    const response = await fetch(`${origin}/iati/activities.xml${query}`, {
      headers: secret ? { authorization: `Bearer ${secret}` } : {},
    });
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  }

  /** Sets an organisation's IATI identifier through the API, as ADMIN. */
  async function setIdentifier(code: string, iatiIdentifier: string) {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminSecret}` },
      body: JSON.stringify({
        query: `query ($code: String!) { organisation(code: $code) { id version code nameEn nameLocal acronym kind country { code } } }`,
        variables: { code },
      }),
    });
    const { data } = (await response.json()) as { data: { organisation: Record<string, any> } };
    const { id, version, country, ...fields } = data.organisation;
    const update = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminSecret}` },
      body: JSON.stringify({
        query: `mutation ($id: ID!, $version: Int!, $input: OrganisationInput!) { updateOrganisation(id: $id, version: $version, input: $input) { iatiIdentifier } }`,
        variables: { id, version, input: { ...fields, country: country?.code ?? null, iatiIdentifier } },
      }),
    });
    expect(await update.json()).toMatchObject({ data: { updateOrganisation: { iatiIdentifier } } });
  }

  beforeAll(async () => {
    hub = await initScratchHub();
    await seedDatabase(hub.orm.em.fork());
    adminSecret = (await createApiToken(hub.orm.em.fork(), { name: 'admin', role: Role.ADMIN })).secret;
    origin = (await hub.listen()).replace(/\/graphql$/, '');
    // No seeded source gives a web address; one made up here shows where document links go.
    await hub.orm.em
      .fork()
      .execute(
        `update source set url = 'https://example.org/haj-report-2010.pdf?a=1&b=2' where key = 'haj-report-2010'`,
      );
  });
  afterAll(() => hub.close());

  it('refuses a programme whose reporting organisation has no IATI identifier, naming it, rather than making one up', async () => {
    const answer = await download('?programme=HAJ');
    expect(answer.status).toBe(422);
    expect(JSON.parse(answer.text).errors[0].message).toContain(
      'its reporting organisation SALAR (its lead implementer) has no IATI organisation identifier',
    );
    expect((await download('?programme=NOPE')).status).toBe(404);
    expect((await download('?programme=bad%20code')).status).toBe(400);
    // With no identifier anywhere, the whole file has nothing to hold.
    expect((await download('')).status).toBe(422);
    // The API says so beforehand, so the web app offers no link that answers 422.
    const exportable = await hub.query('{ programme(code: "HAJ") { iatiExportable iatiExportProblem } }');
    expect(exportable.data!.programme).toEqual({
      iatiExportable: false,
      iatiExportProblem: JSON.parse(answer.text).errors[0].message,
    });
  });

  it('exports HåJ, Sweden-Serbia and Likestilte kommuner as documents valid against the IATI 2.03 schema', async () => {
    for (const [code, identifier] of Object.entries(IDENTIFIERS)) await setIdentifier(code, identifier);
    const exportable = await hub.query('{ programmes { nodes { code iatiExportable iatiExportProblem } } }');
    const byCode = new Map(
      (
        exportable.data!.programmes.nodes as {
          code: string;
          iatiExportable: boolean;
          iatiExportProblem: string | null;
        }[]
      ).map((programme) => [programme.code, programme]),
    );
    for (const code of ['HAJ', 'SE_RS_EU_INTEGRATION', 'NO_LIKESTILTE_KOMMUNER'])
      expect(byCode.get(code)).toEqual({ code, iatiExportable: true, iatiExportProblem: null });
    for (const programme of ['HAJ', 'SE_RS_EU_INTEGRATION', 'NO_LIKESTILTE_KOMMUNER']) {
      const answer = await download(`?programme=${programme}`);
      expect(answer.status).toBe(200);
      expect(answer.type).toBe('application/xml; charset=utf-8');
      expect(await iatiSchemaErrors(answer.text)).toEqual([]);
    }
  });

  it("writes HåJ's identifier, organisations, dates, sectors, marker, budget, documents and results as the hub holds them", async () => {
    const { text } = await download('?programme=HAJ');
    expect(text).toContain('<iati-activities version="2.03" generated-datetime="');
    expect(text).toContain('<iati-identifier>SE-ON-TEST-SALAR-HAJ</iati-identifier>');
    expect(text).toContain('<reporting-org ref="SE-ON-TEST-SALAR" type="15">');
    expect(text).toContain(
      '<title><narrative xml:lang="en">Programme for Sustainable Gender Equality</narrative><narrative xml:lang="sv">Program för Hållbar Jämställdhet (HåJ)</narrative></title>',
    );
    expect(attributeValues(text, 'participating-org', 'role')).toEqual(['1', '2', '4']);
    expect(text).toContain('<activity-status code="4"/>');
    expect(attributeValues(text, 'activity-date', 'type')).toEqual(['1', '2', '3', '4']);
    expect(attributeValues(text, 'activity-date', 'iso-date')).toEqual([
      '2007-01-01',
      '2008-01-01',
      '2010-12-31',
      '2013-12-31',
    ]);
    expect(text).toContain('<recipient-country code="SE"/>');
    expect(text).toContain('<sector vocabulary="1" code="15170"/>');
    expect(text).toContain('<policy-marker vocabulary="1" code="1" significance="2"/>');
    expect(text).toContain(
      '<budget type="1" status="1"><period-start iso-date="2008-01-01"/><period-end iso-date="2013-12-31"/><value currency="EUR" value-date="2008-01-01">25000000</value></budget>',
    );
    // HåJ's 88 initiatives are a count the source gives; the hub holds no initiative records of HåJ.
    expect(text.match(/<iati-activity /g)).toHaveLength(1);
    expect(text).toContain('<reference vocabulary="99" code="INITIATIVES_FUNDED"/>');
    expect(text).toMatch(
      /<period><period-start iso-date="2008-01-01"\/><period-end iso-date="2013-12-31"\/><actual value="88"\/>/,
    );
    const reportLink =
      '<document-link url="https://example.org/haj-report-2010.pdf?a=1&amp;b=2" format="application/pdf"><title><narrative>Report from 2010';
    expect(text.split(reportLink)).toHaveLength(1 + 1 + 5); // the programme's source, and each of the five 2010 shares
    expect(text).toContain(`<actual value="63">${reportLink}`);
    expect(attributeValues(text, 'result', 'type').sort()).toEqual(['1', '1', '2', '2', '2', '2', '2'].sort());
  });

  it('writes an initiative as a child activity linked both ways, and values split by sex as dimensions', async () => {
    const admin = { key: 'test:admin', tokenId: null, role: Role.ADMIN, organisationIds: [], municipalityIds: [] };
    const [{ id: haj }] = await hub.orm.em
      .fork()
      .execute<{ id: number }[]>(`select id from programme where code = 'HAJ'`);
    const created = await hub.query(
      'mutation ($input: InitiativeInput!) { createInitiative(input: $input) { code } }',
      {
        input: {
          programme: toGlobalId('Programme', haj),
          code: 'HAJ_TEST_INITIATIVE',
          nameEn: 'Initiative <&> of the test',
          startOn: '2009-01-01',
          endOn: '2010-12-31',
          status: 'COMPLETED',
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const cell = { indicator: 'GENDER_TRAINING_PARTICIPANTS', scope: toGlobalId('Programme', haj) };
    const submitted = await hub.query(
      'mutation ($rows: [ObservationInput!]!) { submitObservations(rows: $rows) { created } }',
      {
        rows: [
          { ...cell, periodStart: '2008-01-01', periodEnd: '2008-12-31', kind: 'BASELINE', value: 0 },
          { ...cell, periodStart: '2012-01-01', periodEnd: '2012-12-31', kind: 'TARGET', sex: 'FEMALE', value: 600 },
          { ...cell, periodStart: '2012-01-01', periodEnd: '2012-12-31', kind: 'ACTUAL', sex: 'FEMALE', value: 700 },
          { ...cell, periodStart: '2012-01-01', periodEnd: '2012-12-31', kind: 'ACTUAL', sex: 'MALE', value: 300 },
        ],
      },
      admin,
    );
    expect(submitted.errors).toBeUndefined();
    await hub.orm.em
      .fork()
      .execute(
        `update observation set review_status = 'APPROVED' where period_start >= '2008-01-01' and period_end <= '2012-12-31' and review_status = 'SUBMITTED'`,
      );
    const { text } = await download('?programme=HAJ');
    expect(await iatiSchemaErrors(text)).toEqual([]);
    expect(text).toContain(
      '<iati-activity xml:lang="en" hierarchy="2"><iati-identifier>SE-ON-TEST-SALAR-HAJ-HAJ_TEST_INITIATIVE</iati-identifier>',
    );
    expect(text).toContain('<narrative xml:lang="en">Initiative &lt;&amp;&gt; of the test</narrative>');
    expect(text).toContain('<related-activity ref="SE-ON-TEST-SALAR-HAJ" type="1"/>');
    expect(text).toContain('<related-activity ref="SE-ON-TEST-SALAR-HAJ-HAJ_TEST_INITIATIVE" type="2"/>');
    expect(text).toContain('<baseline year="2008" iso-date="2008-12-31" value="0"/>');
    expect(text).toContain(
      '<period><period-start iso-date="2012-01-01"/><period-end iso-date="2012-12-31"/>' +
        '<target value="600"><dimension name="sex" value="female"/></target>' +
        '<actual value="700"><dimension name="sex" value="female"/></actual>' +
        '<actual value="300"><dimension name="sex" value="male"/></actual></period>',
    );
  });

  it('writes only codes of the embedded codelists', async () => {
    const { text } = await download('', adminSecret);
    const checks: [string, string, string][] = [
      ['activity-status', 'code', 'ActivityStatus'],
      ['activity-date', 'type', 'ActivityDateType'],
      ['participating-org', 'role', 'OrganisationRole'],
      ['related-activity', 'type', 'RelatedActivityType'],
      ['budget', 'type', 'BudgetType'],
      ['budget', 'status', 'BudgetStatus'],
      ['category', 'code', 'DocumentCategory'],
    ];
    for (const [element, attribute, codelist] of checks) {
      const codes = await codelistCodes(codelist);
      const written = attributeValues(text, element, attribute);
      expect(
        written.filter((code) => !codes.includes(code)),
        `${element}/@${attribute}`,
      ).toEqual([]);
    }
    expect(attributeValues(text, 'activity-status', 'code').length).toBeGreaterThan(0);
    expect(attributeValues(text, 'category', 'code').length).toBeGreaterThan(0);
  });

  it('gives each caller only what it may read: an unpublished programme and an unpublished budget only to ADMIN', async () => {
    await hub.orm.em
      .fork()
      .execute(
        `update programme set budget_published = false where code = 'HAJ'; update programme set published = false where code = 'NO_LIKESTILTE_KOMMUNER'`,
      );
    const anonymous = await download('');
    const admin = await download('', adminSecret);
    expect(anonymous.status).toBe(200);
    expect(await iatiSchemaErrors(anonymous.text)).toEqual([]);
    expect(await iatiSchemaErrors(admin.text)).toEqual([]);
    const identifiers = (text: string) => [...text.matchAll(/<iati-identifier>([^<]+)</g)].map((match) => match[1]);
    expect(identifiers(admin.text)).toContain('NO-TEST-BLD-NO_LIKESTILTE_KOMMUNER');
    expect(identifiers(anonymous.text)).not.toContain('NO-TEST-BLD-NO_LIKESTILTE_KOMMUNER');
    expect(admin.text).toContain('<value currency="EUR" value-date="2008-01-01">25000000</value>');
    expect(anonymous.text).not.toContain('25000000');
    expect(identifiers(anonymous.text)).toContain('SE-ON-TEST-SALAR-HAJ');
    expect((await download('?programme=NO_LIKESTILTE_KOMMUNER')).status).toBe(404);
    await hub.orm.em
      .fork()
      .execute(
        `update programme set budget_published = true where code = 'HAJ'; update programme set published = true where code = 'NO_LIKESTILTE_KOMMUNER'`,
      );
  });

  it('writes budgets per period and disbursements as budget and transaction elements, valid, and their amounts only to callers who read the budget', async () => {
    const admin = { key: 'test:admin', tokenId: null, role: Role.ADMIN, organisationIds: [], municipalityIds: [] };
    const read = await hub.query(
      '{ programme(code: "SE_RS_EU_INTEGRATION") { id funders { funder { id code } } implementers { organisation { id } } sources { id } } }',
      {},
      admin,
    );
    expect(read.errors).toBeUndefined();
    const programme = read.data!.programme as {
      id: string;
      funders: { funder: { id: string; code: string } }[];
      implementers: { organisation: { id: string } }[];
      sources: { id: string }[];
    };
    const source = programme.sources[0].id;
    const write = async (query: string, input: Record<string, unknown>) => {
      const result = await hub.query(query, { input: { programme: programme.id, source, ...input } }, admin);
      expect(result.errors).toBeUndefined();
    };
    const BUDGET = 'mutation ($input: ProgrammeBudgetInput!) { createProgrammeBudget(input: $input) { id } }';
    const DISBURSEMENT = 'mutation ($input: DisbursementInput!) { createDisbursement(input: $input) { id } }';
    await write(BUDGET, {
      periodStart: '2019-01-01',
      periodEnd: '2019-12-31',
      type: 'ORIGINAL',
      status: 'COMMITTED',
      amount: 1_250_000.5,
      currency: 'SEK',
    });
    await write(BUDGET, {
      periodStart: '2019-01-01',
      periodEnd: '2019-12-31',
      type: 'REVISED',
      status: 'INDICATIVE',
      amount: 1_100_000,
      currency: 'SEK',
    });
    await write(DISBURSEMENT, {
      disbursedOn: '2019-03-15',
      amount: 400_000,
      currency: 'SEK',
      provider: programme.funders[0].funder.id,
      receiver: programme.implementers[0].organisation.id,
      description: 'First tranche <2019>',
    });

    // A second country (the seed gives one), so the split shows.
    await hub.orm.em
      .fork()
      .execute(
        `insert into programme_country (programme_id, country_code) select id, 'SE' from programme where code = 'SE_RS_EU_INTEGRATION'`,
      );
    const { status, text } = await download('?programme=SE_RS_EU_INTEGRATION', adminSecret);
    expect(status).toBe(200);
    expect(await iatiSchemaErrors(text)).toEqual([]);
    // The periods replace the total: one budget element each, and no other.
    expect(text.match(/<budget /g)).toHaveLength(2);
    expect(text).toContain(
      '<budget type="1" status="2"><period-start iso-date="2019-01-01"/><period-end iso-date="2019-12-31"/><value currency="SEK" value-date="2019-01-01">1250000.5</value></budget>',
    );
    expect(text).toContain('<budget type="2" status="1">');
    expect(text).toMatch(
      /<transaction><transaction-type code="3"\/><transaction-date iso-date="2019-03-15"\/><value currency="SEK" value-date="2019-03-15">400000<\/value><description><narrative xml:lang="en">First tranche &lt;2019&gt;<\/narrative><\/description><provider-org [^>]*><narrative xml:lang="en">[^<]+<\/narrative>.*?<\/provider-org><receiver-org [^>]*>.*?<\/receiver-org><\/transaction>/,
    );
    // Several recipient countries and sectors: each an equal split, in hundredths, summing to 100.
    expect(attributeValues(text, 'recipient-country', 'percentage')).toEqual(['50', '50']);
    const sectors = attributeValues(text, 'sector', 'percentage');
    expect(sectors.length).toBe(attributeValues(text, 'sector', 'code').length);
    expect(sectors.length).toBeGreaterThan(1);
    expect(sectors.reduce((sum, percentage) => sum + Math.round(Number(percentage) * 100), 0)).toBe(10_000);
    for (const [element, attribute, codelist] of [
      ['transaction-type', 'code', 'TransactionType'],
      ['budget', 'type', 'BudgetType'],
      ['budget', 'status', 'BudgetStatus'],
    ] as const) {
      const codes = await codelistCodes(codelist);
      expect(attributeValues(text, element, attribute).filter((code) => !codes.includes(code))).toEqual([]);
    }

    // Unpublished: the amounts are left out for an anonymous caller, and written for ADMIN.
    await hub.orm.em
      .fork()
      .execute(`update programme set budget_published = false where code = 'SE_RS_EU_INTEGRATION'`);
    const anonymous = await download('?programme=SE_RS_EU_INTEGRATION');
    const authorised = await download('?programme=SE_RS_EU_INTEGRATION', adminSecret);
    expect(anonymous.status).toBe(200);
    expect(await iatiSchemaErrors(anonymous.text)).toEqual([]);
    expect(await iatiSchemaErrors(authorised.text)).toEqual([]);
    expect(anonymous.text).not.toContain('<budget ');
    expect(anonymous.text).not.toContain('<transaction>');
    expect(anonymous.text).not.toContain('1250000.5');
    expect(authorised.text.match(/<budget /g)).toHaveLength(2);
    expect(authorised.text.match(/<transaction>/g)).toHaveLength(1);
    await hub.orm.em.fork().execute(`update programme set budget_published = true where code = 'SE_RS_EU_INTEGRATION'`);
  });
});

describe('IATI percentages', () => {
  it('splits 100 equally in hundredths, summing to exactly 100, and gives one element none', () => {
    expect(equalPercentages(1)).toEqual([undefined]);
    expect(equalPercentages(2)).toEqual(['50', '50']);
    expect(equalPercentages(3)).toEqual(['33.33', '33.33', '33.34']);
    for (const count of [6, 7, 9, 11, 13]) {
      const shares = equalPercentages(count).map((share) => Number(share));
      expect(shares.reduce((sum, share) => sum + Math.round(share * 100), 0)).toBe(10_000);
      expect(shares.every((share) => /^\d+(\.\d{1,2})?$/.test(String(share)))).toBe(true);
      expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(0.01 + 1e-9);
    }
  });
});

describe('XML text', () => {
  it('escapes markup in text and attributes and drops characters XML cannot hold', () => {
    expect(xmlText(`a < b & "c" > 'd'`)).toBe('a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;');
    expect(xmlText('bell\u0007 nul\u0000 ok\u00e5')).toBe('bell nul ok\u00e5');
    expect(xmlAttributes({ a: 'x\ny"', b: null, c: 2 })).toBe(' a="x&#10;y&quot;" c="2"');
    expect(xmlElement('e', { x: '<' }, '')).toBe('<e x="&lt;"/>');
  });
});
