import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/auth/api-tokens';
import { MAX_DISBURSEMENTS_PER_PROGRAMME } from '../src/entities/disbursement.entity';
import { MAX_BUDGETS_PER_PROGRAMME } from '../src/entities/programme-budget.entity';
import { Role } from '../src/entities/role.enum';
import { PROGRAMME_MONEY, PROGRAMMES } from '../src/iati/iati-operations';
import { seedDatabase } from '../src/seed/seed-database';
import { iatiSchemaErrors } from './support/iati-schema';
import { createScratchDatabase, initTestHub, type TestHub } from './support/test-hub';

const IDENTIFIERS = { SALAR: 'SE-ON-TEST-SALAR', SCTM: 'RS-TEST-SCTM', NO_BLD: 'NO-TEST-BLD' };
const ADMIN = { key: 'test:admin', tokenId: null, role: Role.ADMIN, organisationIds: [], municipalityIds: [] };

describe('the IATI file with a programme holding as many budgets and disbursements as it may', () => {
  let database: { url: string; drop: () => Promise<void> };
  let hub: TestHub;
  let origin = '';
  let adminSecret = '';

  beforeAll(async () => {
    database = await createScratchDatabase();
    const setup = await initTestHub(database.url);
    try {
      const em = setup.orm.em.fork();
      await seedDatabase(em);
      for (const [code, identifier] of Object.entries(IDENTIFIERS))
        await em.execute('update organisation set iati_identifier = ? where code = ?', [identifier, code]);
      // HAJ at both caps, as that many creates would leave it; a second programme with a few.
      for (const [code, budgets, disbursements] of [
        ['HAJ', MAX_BUDGETS_PER_PROGRAMME, MAX_DISBURSEMENTS_PER_PROGRAMME],
        ['SE_RS_EU_INTEGRATION', 3, 5],
      ] as const) {
        const [{ id, funder, source }] = await em.execute<{ id: number; funder: number; source: number }[]>(
          `select p.id, (select organisation_id from programme_funder f where f.programme_id = p.id order by f.organisation_id limit 1) as funder,
                  (select min(id) from source) as source
             from programme p where p.code = ?`,
          [code],
        );
        await em.execute(
          `insert into programme_budget (programme_id, period_start, period_end, type, status, amount, currency, source_id)
           select ?, make_date(1900 + n, 1, 1), make_date(1900 + n, 12, 31), 'ORIGINAL', 'COMMITTED', 1000 + n, 'SEK', ? from generate_series(1, ?) as n`,
          [id, source, budgets],
        );
        await em.execute(
          `insert into disbursement (programme_id, disbursed_on, amount, currency, provider_id, description, source_id)
           select ?, date '2010-01-01' + n, 100 + n, 'SEK', ?, 'Tranche ' || n, ? from generate_series(1, ?) as n`,
          [id, funder, source, disbursements],
        );
      }
      adminSecret = (await createApiToken(em, { name: 'admin', role: Role.ADMIN })).secret;
    } finally {
      await setup.close();
    }
    // Started after the rows are in: its scope counts price the money lists by HAJ's.
    hub = await initTestHub(database.url);
    origin = (await hub.listen()).replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await hub?.close();
    await database.drop();
  });

  async function download(query: string, secret?: string) {
    const response = await fetch(`${origin}/iati/activities.xml${query}`, {
      headers: secret ? { authorization: `Bearer ${secret}` } : {},
    });
    return { status: response.status, text: await response.text() };
  }

  it('reads the money of each programme alone once a page of ten with it costs more than one request may, and the file comes whole and valid', async () => {
    const page = await hub.query(PROGRAMMES, { after: null, withMoney: true }, ADMIN);
    expect(page.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const alone = await hub.query(PROGRAMME_MONEY, { code: 'HAJ' }, ADMIN);
    expect(alone.errors).toBeUndefined();
    const aloneCost = alone.extensions?.cost?.requested as number;
    expect(aloneCost).toBeLessThanOrEqual(50_000);
    const without = await hub.query(PROGRAMMES, { after: null, withMoney: false }, ADMIN);
    expect(without.errors).toBeUndefined();
    console.log(
      `IATI page of programmes with money refused (${page.errors?.[0]?.message}); one programme's money costs ${aloneCost}, the page without money ${without.extensions?.cost?.requested as number}`,
    );

    for (const secret of [adminSecret, undefined]) {
      const started = Date.now();
      const { status, text } = await download('', secret);
      expect(status).toBe(200);
      expect(text.endsWith('</iati-activities>\n')).toBe(true);
      expect(await iatiSchemaErrors(text)).toEqual([]);
      for (const code of ['HAJ', 'SE_RS_EU_INTEGRATION', 'NO_LIKESTILTE_KOMMUNER'])
        expect(text).toContain(`-${code}</iati-identifier>`);
      expect(text.match(/<transaction>/g)).toHaveLength(MAX_DISBURSEMENTS_PER_PROGRAMME + 5);
      expect(text.match(/<budget /g)?.length).toBeGreaterThanOrEqual(MAX_BUDGETS_PER_PROGRAMME + 3);
      expect(text).toContain('<narrative xml:lang="en">Tranche 2000</narrative>');
      console.log(
        `IATI file of every programme, HAJ at the caps: ${text.length} characters in ${Date.now() - started} ms`,
      );
    }

    // The operation of the review, anonymous, against the programme at the cap.
    const started = Date.now();
    const listed = await hub.query('{ programme(code: "HAJ") { disbursements { disbursedOn description } } }');
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.programme.disbursements).toHaveLength(MAX_DISBURSEMENTS_PER_PROGRAMME);
    expect(listed.extensions?.cost?.requested).toBe(1 + 1 + MAX_DISBURSEMENTS_PER_PROGRAMME * 2);
    console.log(
      `every disbursement of the programme at the cap: ${JSON.stringify(listed.data).length} characters in ${Date.now() - started} ms, costing ${listed.extensions?.cost?.requested as number}`,
    );

    const one = await download('?programme=HAJ', adminSecret);
    expect(one.status).toBe(200);
    expect(one.text.match(/<transaction>/g)).toHaveLength(MAX_DISBURSEMENTS_PER_PROGRAMME);
    expect(await iatiSchemaErrors(one.text)).toEqual([]);
  });
});
