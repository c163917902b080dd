import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHubSchema } from '../src/schema/build-schema';
import { toGlobalId } from '../src/schema/global-id';
import { initTestHub, type TestHub } from './support/test-hub';

const QUERIES_DIR = join(__dirname, '..', 'docs', 'queries');

function operation(file: string): string {
  return readFileSync(join(QUERIES_DIR, file), 'utf8');
}

const byValue = (nodes: { indicator: { code: string }; value: number }[]) =>
  Object.fromEntries(nodes.map((node) => [node.indicator.code, node.value]));

/** Each example operation of docs/queries, run against the seeded hub, and what its answer must say. */
const CHECKS: Record<string, (hub: TestHub, text: string) => Promise<void>> = {
  'funder-programmes.graphql': async (hub, text) => {
    const { data, errors } = await hub.query(text, { funder: 'GOV_SE' });
    expect(errors).toBeUndefined();
    // by start date; the successor programme has no recorded start, so it comes last
    const codes = data!.programmes.nodes.map((programme: { code: string }) => programme.code);
    expect(codes).toEqual(['HAJ', 'SE_RS_EU_INTEGRATION', 'SKR_GE_2018_2020', 'SE_RS_EU_ACCESSION']);
    const haj = data!.programmes.nodes[0];
    expect(haj).toMatchObject({
      plannedStartOn: '2007-01-01',
      plannedEndOn: '2010-12-31',
      startOn: '2008-01-01',
      endOn: '2013-12-31',
      budget: { amount: 25_000_000, currency: 'EUR' },
      implementers: [{ role: 'LEAD', organisation: { code: 'SALAR' } }],
      countries: [{ code: 'SE', nameEn: 'Sweden' }],
    });
    const latest = Object.fromEntries(
      haj.results.map((result: { indicator: { code: string }; latestActual: { value: number } }) => [
        result.indicator.code,
        result.latestActual.value,
      ]),
    );
    expect(latest).toMatchObject({ INITIATIVES_FUNDED: 88, HAJ_TANGIBLE_IMPROVEMENTS_SHARE: 63 });
    // The sources state no baselines or targets for HåJ, so there is no progress to compute.
    expect(
      haj.results.every(
        (result: { target: unknown; progress: unknown }) => result.target === null && result.progress === null,
      ),
    ).toBe(true);
  },

  'haj-tangible-improvements.graphql': async (hub, text) => {
    const { data, errors } = await hub.query(text);
    expect(errors).toBeUndefined();
    const haj = data!.programme;
    expect(haj.nameLocal).toBe('Program för Hållbar Jämställdhet (HåJ)');
    expect(haj.budget).toEqual({ amount: 25_000_000, currency: 'EUR' });
    expect(haj.initiativesFunded.nodes).toEqual([
      expect.objectContaining({ value: 88, sourceQuote: expect.stringContaining('88 initiatives') }),
    ]);
    expect(byValue(haj.results.nodes)).toMatchObject({
      HAJ_TANGIBLE_IMPROVEMENTS_SHARE: 63,
      HAJ_GENDER_MANAGEMENT_SYSTEMS_SHARE: 80,
      HAJ_RESULTS_DISSEMINATION_PLANNED_SHARE: 85,
      HAJ_GENDER_EQUALITY_STRENGTHENED_SHARE: 95,
      GENDER_TRAINING_PARTICIPANTS: 66_000,
    });
    const tangible = haj.results.nodes.find(
      (node: { indicator: { code: string } }) => node.indicator.code === 'HAJ_TANGIBLE_IMPROVEMENTS_SHARE',
    );
    expect(tangible).toMatchObject({
      periodStart: '2010-01-01',
      sourceQuote: expect.stringContaining(
        '63% of all development projects have achieved tangible operational improvements',
      ),
      source: { publishedYear: 2010, citedIn: { title: expect.stringContaining('Program för Hållbar Jämställdhet') } },
    });
  },

  'computed-haj-reported-vs-recorded.graphql': async (hub, text) => {
    const { data, errors } = await hub.query(text);
    expect(errors).toBeUndefined();
    const haj = data!.programme;
    // Reported 88, recorded 0: the hub shows both and the gap between them.
    expect(haj.computedFigures[0]).toMatchObject({
      kind: 'INITIATIVE_COUNT',
      indicator: null,
      value: 0,
      numerator: null,
      denominator: null,
      comparableIndicator: { code: 'INITIATIVES_FUNDED' },
      reported: {
        value: 88,
        periodStart: '2008-01-01',
        periodEnd: '2013-12-31',
        sourceQuote: expect.stringContaining('88 initiatives'),
      },
      difference: -88,
    });
    expect(haj.computedFigures.map((figure: { kind: string }) => figure.kind)).toEqual([
      'INITIATIVE_COUNT',
      'MUNICIPALITIES_REACHED',
    ]);
    expect(haj.reportedShare.nodes).toEqual([
      expect.objectContaining({ value: 63, sourceQuote: expect.stringContaining('tangible operational improvements') }),
    ]);
  },

  'charter-signatories.graphql': async (hub, text) => {
    const { data, errors } = await hub.query(text, { country: 'RS' });
    expect(errors).toBeUndefined();
    // The sources name no Serbian signatory: the hub shows the reported count, and invents no rows.
    expect(data!.charterSignatures.totalCount).toBe(0);
    expect(data!.reportedCounts.nodes).toEqual([
      expect.objectContaining({
        value: 11,
        scope: { code: 'RS' },
        sourceQuote: expect.stringContaining('signed by 11 Serbian municipalities'),
      }),
    ]);
  },

  'people-trained.graphql': async (hub, text) => {
    const { data, errors } = await hub.query(text);
    expect(errors).toBeUndefined();
    expect(data!.indicator.observations.nodes).toEqual([
      expect.objectContaining({
        scope: expect.objectContaining({ code: 'HAJ' }),
        sex: 'TOTAL',
        role: null,
        value: 66_000,
      }),
    ]);
  },

  'people-trained-by-period.graphql': async (hub, text) => {
    const custom = await hub.query(text);
    expect(custom.errors).toBeUndefined();
    expect(custom.data!.series).toMatchObject({
      indicator: { code: 'GENDER_TRAINING_PARTICIPANTS', aggregation: 'SUM' },
      period: 'CUSTOM',
    });
    expect(custom.data!.series.points).toEqual([
      {
        periodStart: '2008-01-01',
        periodEnd: '2013-12-31',
        programme: expect.objectContaining({ code: 'HAJ' }),
        sex: 'TOTAL',
        value: 66_000,
        observationCount: 1,
        empty: false,
      },
    ]);
    // The 2008-2013 figure lies inside no single year, so by year no group has a value, and there are no points.
    const years = await hub.query(text, { period: 'YEAR' });
    expect(years.errors).toBeUndefined();
    expect(years.data!.series.points).toEqual([]);
  },

  'sweden-serbia-programme.graphql': async (hub, text) => {
    const { data, errors } = await hub.query(text);
    expect(errors).toBeUndefined();
    const programme = data!.programme;
    expect(programme.components.map((component: { nameEn: string }) => component.nameEn)).toEqual([
      'EU accession and local government',
      'Environmental protection',
      'Gender Equality at Local Level',
      'Regulations for the business environment',
      'SCTM capacity building',
    ]);
    expect(programme.workingGroups).toEqual([
      expect.objectContaining({
        nameEn: 'SCTM Gender Working Group',
        memberRoles: ['GENDER_EXPERT', 'POLITICIAN', 'MUNICIPAL_REPRESENTATIVE', 'ASSOCIATION_STAFF'],
      }),
    ]);
    expect(
      programme.implementers.map(
        (implementer: { organisation: { acronym: string } }) => implementer.organisation.acronym,
      ),
    ).toEqual(['SCTM', 'SKR']);
    expect(programme.successor.nameEn).toContain('road to EU accession');
    expect(data!.policyDocuments.nodes.map((document: { kind: string }) => document.kind).sort()).toEqual([
      'DECLARATION',
      'POLICY',
      'STATUTE_CHANGE',
      'STRATEGIC_PLAN',
    ]);
  },

  'norwegian-municipalities.graphql': async (hub, text) => {
    const { data, errors } = await hub.query(text);
    expect(errors).toBeUndefined();
    const participants = data!.programme.participants;
    expect(participants).toHaveLength(20);
    expect(
      participants.map((participant: { municipality: { nameLocal: string } }) => participant.municipality.nameLocal),
    ).toEqual([
      'Karasjok',
      'Tromsø',
      'Bodø',
      'Namdalseid',
      'Verran',
      'Melhus',
      'Herøy',
      'Ulstein',
      'Høyanger',
      'Bergen',
      'Skjåk',
      'Lillehammer',
      'Larvik',
      'Kristiansand',
      'Hægebostad',
      'Marnardal',
      'Lindesnes',
      'Sirdal',
      'Farsund',
      'Kvinesdal',
    ]);
    for (const participant of participants) expect(participant.grant).toEqual({ amount: 300_000, currency: 'NOK' });
    const merged = participants.filter(
      (participant: { municipality: { validTo: string | null } }) => participant.municipality.validTo,
    );
    expect(
      merged.map((participant: { municipality: { nameLocal: string } }) => participant.municipality.nameLocal),
    ).toEqual(['Marnardal', 'Lindesnes']);
  },

  'skr-initiative-strands.graphql': async (hub, text) => {
    const { data, errors } = await hub.query(text);
    expect(errors).toBeUndefined();
    expect(data!.programme).toMatchObject({
      nameLocal: 'Jämställdhetssatsning 2018-2020',
      startOn: '2018-01-01',
      endOn: '2020-12-31',
    });
    expect(data!.programme.components.map((component: { position: number }) => component.position)).toEqual([
      1, 2, 3, 4,
    ]);
    expect(data!.programme.components[0].nameLocal).toBe(
      'Utveckling av indikatorer för jämställdhetsarbete i kommuner och regioner',
    );
    expect(data!.programme.sources).toEqual([{ title: 'Stöd till jämställdhetsarbete', publishedOn: '2021-01-20' }]);
  },

  'municipality-profile.graphql': async (hub, text) => {
    const { data, errors } = await hub.query(text, { country: 'NO', code: '1021' });
    expect(errors).toBeUndefined();
    expect(data!.municipality).toMatchObject({
      nameLocal: 'Marnardal',
      kind: 'MUNICIPALITY',
      validTo: '2019-12-31',
      country: { nameEn: 'Norway' },
      charterSignature: null,
      programmeParticipations: [
        {
          programme: { code: 'NO_LIKESTILTE_KOMMUNER', startOn: '2012-01-01', endOn: '2014-12-31' },
          grant: { amount: 300_000, currency: 'NOK' },
        },
      ],
    });
  },

  'benchmark-ranking.graphql': async (hub, text) => {
    const { data, errors } = await hub.query(text, { country: 'NO', year: 2014, first: 5 });
    expect(errors).toBeUndefined();
    // The seed holds no municipal values: every Norwegian municipality is listed, none ranked, coverage 0.
    const ranking = data!.municipalityRanking;
    expect(ranking).toMatchObject({ country: { nameEn: 'Norway' }, year: 2014, municipalityCount: 20, rankedCount: 0 });
    expect(ranking.indicators).toEqual([
      {
        indicator: { code: 'HAJ_GENDER_MANAGEMENT_SYSTEMS_SHARE', direction: 'HIGHER_IS_BETTER' },
        weight: 2,
        municipalitiesWithData: 0,
        minimum: null,
        maximum: null,
      },
      {
        indicator: { code: 'GENDER_TRAINING_PARTICIPANTS', direction: 'HIGHER_IS_BETTER' },
        weight: 1,
        municipalitiesWithData: 0,
        minimum: null,
        maximum: null,
      },
    ]);
    expect(ranking.entries.totalCount).toBe(20);
    expect(ranking.entries.nodes).toHaveLength(5);
    for (const entry of ranking.entries.nodes) {
      expect(entry).toMatchObject({
        rank: null,
        percentile: null,
        composite: null,
        coverage: { available: 0, requested: 2 },
      });
      expect(entry.scores).toEqual([
        {
          indicator: { code: 'HAJ_GENDER_MANAGEMENT_SYSTEMS_SHARE' },
          value: null,
          score: null,
          missing: true,
          observation: null,
        },
        {
          indicator: { code: 'GENDER_TRAINING_PARTICIPANTS' },
          value: null,
          score: null,
          missing: true,
          observation: null,
        },
      ]);
    }
    expect(
      ranking.entries.nodes.map((entry: { municipality: { nameLocal: string } }) => entry.municipality.nameLocal),
    ).toEqual(['Bergen', 'Bodø', 'Farsund', 'Herøy', 'Hægebostad']);
  },

  'completeness-likestilte-kommuner.graphql': async (hub, text) => {
    // By year: 21 scopes (the programme and its 20 municipalities) × 3 years × 4 cells (trained: TOTAL, FEMALE, MALE;
    // participating municipalities: TOTAL), and nothing present: the programme's count covers 2012-2014, inside no single year.
    const years = await hub.query(text);
    expect(years.errors).toBeUndefined();
    const byYear = years.data!.programmeCompleteness;
    expect(byYear).toMatchObject({
      programme: { code: 'NO_LIKESTILTE_KOMMUNER' },
      periodCount: 3,
      scopeCount: 21,
      expectedCount: 252,
      presentCount: 0,
      missingCount: 252,
      completeness: 0,
    });
    expect(byYear.indicators).toEqual([
      {
        indicator: { code: 'GENDER_TRAINING_PARTICIPANTS' },
        expectedCount: 189,
        presentCount: 0,
        missingCount: 189,
        completeness: 0,
      },
      {
        indicator: { code: 'PROGRAMME_PARTICIPATING_MUNICIPALITIES' },
        expectedCount: 63,
        presentCount: 0,
        missingCount: 63,
        completeness: 0,
      },
    ]);
    expect(byYear.scopes.totalCount).toBe(21);
    // equally incomplete: the programme first, then the municipalities by name
    expect(
      byYear.scopes.nodes.map(
        (node: { scope: { programmeCode?: string; nameLocal?: string } }) =>
          node.scope.nameLocal ?? node.scope.programmeCode,
      ),
    ).toEqual(['NO_LIKESTILTE_KOMMUNER', 'Bergen', 'Bodø']);
    for (const node of byYear.scopes.nodes) {
      expect(node).toMatchObject({
        expectedCount: 12,
        presentCount: 0,
        missingCount: 12,
        completeness: 0,
        missingCells: { totalCount: 12 },
      });
      // by indicator in the order asked for, then period, then sex
      expect(node.missingCells.nodes).toEqual([
        {
          indicator: { code: 'GENDER_TRAINING_PARTICIPANTS' },
          periodStart: '2012-01-01',
          periodEnd: '2012-12-31',
          sex: 'TOTAL',
        },
        {
          indicator: { code: 'GENDER_TRAINING_PARTICIPANTS' },
          periodStart: '2012-01-01',
          periodEnd: '2012-12-31',
          sex: 'FEMALE',
        },
        {
          indicator: { code: 'GENDER_TRAINING_PARTICIPANTS' },
          periodStart: '2012-01-01',
          periodEnd: '2012-12-31',
          sex: 'MALE',
        },
        {
          indicator: { code: 'GENDER_TRAINING_PARTICIPANTS' },
          periodStart: '2013-01-01',
          periodEnd: '2013-12-31',
          sex: 'TOTAL',
        },
      ]);
    }
    expect(byYear.scopes.nodes[0].scopeKind).toBe('PROGRAMME');
    // The range as one period: the programme's count of 20 is present; its municipalities still have nothing.
    const whole = await hub.query(text, { period: 'CUSTOM', first: 21 });
    expect(whole.errors).toBeUndefined();
    const custom = whole.data!.programmeCompleteness;
    expect(custom).toMatchObject({
      periodCount: 1,
      scopeCount: 21,
      expectedCount: 84,
      presentCount: 1,
      missingCount: 83,
    });
    expect(custom.completeness).toBeCloseTo(1 / 84, 12);
    const programme = custom.scopes.nodes.at(-1);
    expect(programme).toMatchObject({
      scopeKind: 'PROGRAMME',
      expectedCount: 4,
      presentCount: 1,
      missingCount: 3,
      completeness: 0.25,
      missingCells: { totalCount: 3 },
    });
    expect(programme.missingCells.nodes.map((cell: { sex: string }) => cell.sex)).toEqual(['TOTAL', 'FEMALE', 'MALE']);
    expect(
      custom.scopes.nodes
        .slice(0, 20)
        .every(
          (node: { scopeKind: string; completeness: number }) =>
            node.scopeKind === 'MUNICIPALITY' && node.completeness === 0,
        ),
    ).toBe(true);
  },

  'page-and-refetch.graphql': async (hub, text) => {
    const [page, refetch] = text.split(/(?=^query Refetch)/m);
    const first = await hub.query(page, { country: 'NO', first: 3 });
    expect(first.errors).toBeUndefined();
    expect(first.data!.municipalities.totalCount).toBe(20);
    expect(
      first.data!.municipalities.edges.map((edge: { node: { nameLocal: string } }) => edge.node.nameLocal),
    ).toEqual(['Bergen', 'Bodø', 'Farsund']);
    const next = await hub.query(page, {
      country: 'NO',
      first: 3,
      after: first.data!.municipalities.pageInfo.endCursor,
    });
    expect(next.data!.municipalities.edges.map((edge: { node: { nameLocal: string } }) => edge.node.nameLocal)).toEqual(
      ['Herøy', 'Hægebostad', 'Høyanger'],
    );
    const { id } = next.data!.municipalities.edges[0].node;
    const again = await hub.query(refetch, { id });
    expect(again.data!.node).toEqual({ id, code: '1515', nameLocal: 'Herøy', country: { code: 'NO' } });
  },

  'charter-counts.graphql': async (hub, text) => {
    const { data, errors } = await hub.query(text, { countries: ['RS'], from: 2012, to: 2014 });
    expect(errors).toBeUndefined();
    // The hub holds no Serbian signature rows, so every count is 0; the reported 11 stands beside 2013's.
    expect(
      data!.charterSignatoryCounts.map(
        (point: { year: number; signatories: number; reportedSignatories: { value: number } | null }) => [
          point.year,
          point.signatories,
          point.reportedSignatories?.value ?? null,
        ],
      ),
    ).toEqual([
      [2012, 0, null],
      [2013, 0, 11],
      [2014, 0, null],
    ]);
    expect(data!.charterSignatoryCounts[1]).toMatchObject({
      country: { code: 'RS', nameEn: 'Serbia' },
      reportedSignatories: {
        sourceQuote: expect.stringContaining('signed by 11 Serbian municipalities'),
        source: { title: 'Collaboration to promote gender equality at local level' },
      },
    });
  },

  'framework-roll-up.graphql': async (hub, text) => {
    const { data, errors } = await hub.query(text, { framework: 'SDG_5', scope: toGlobalId('Country', 'RS') });
    expect(errors).toBeUndefined();
    const framework = data!.framework;
    expect(framework.elements).toHaveLength(9);
    expect(framework.coverage).toEqual({ elementCount: 9, mappedElementCount: 1, coveredElementCount: 1 });
    const target = framework.elements.find((element: { code: string }) => element.code === '5.c');
    expect(target.results[0]).toMatchObject({
      indicator: { code: 'CHARTER_SIGNATORIES' },
      latestActual: { value: 11, periodEnd: '2013-12-31' },
      target: null,
      progress: null,
    });
  },
};

describe('docs/queries', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await initTestHub();
  });
  afterAll(() => hub.close());

  const files = readdirSync(QUERIES_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort();

  it('every example has a check, and every check an example', () => {
    expect(files).toEqual(Object.keys(CHECKS).sort());
  });

  it('every example is valid against the schema', async () => {
    const schema = await buildHubSchema();
    for (const file of files) expect(validate(schema, parse(operation(file))), file).toEqual([]);
  });

  for (const file of Object.keys(CHECKS)) {
    it(`${file} answers what it promises`, () => CHECKS[file](hub, operation(file)));
  }
});
