import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addYears } from '../src/analytics/action-plan-status';
import { CharterSignature } from '../src/entities/charter-signature.entity';
import { Country } from '../src/entities/country.entity';
import {
  Indicator,
  IndicatorAggregation,
  IndicatorComputation,
  IndicatorDirection,
  IndicatorLevel,
  IndicatorUnit,
} from '../src/entities/indicator.entity';
import { Municipality, MunicipalityKind } from '../src/entities/municipality.entity';
import { Observation, ObservationKind, ReviewStatus, ScopeKind } from '../src/entities/observation.entity';
import { expectOneError } from './support/expect-error';
import { initScratchHub, initTestHub, type TestHub } from './support/test-hub';

/** A signature as the test writes it: country, signing day (null: undated), adoption day. */
type SignatureFixture = [country: string, signedOn: string | null, adoptedOn: string | null];

const SIGNATURES: SignatureFixture[] = [
  ['SE', '2006-05-10', '2007-03-01'],
  ['SE', '2006-11-30', null],
  ['SE', '2008-02-29', '2011-01-15'],
  ['SE', '2009-12-31', null],
  ['SE', '2010-06-01', '2010-12-31'],
  ['SE', null, '2012-01-01'],
  ['NO', '2007-01-01', null],
  ['NO', '2011-07-04', '2012-03-03'],
  ['RS', '2004-03-03', null],
];

const COUNTS = /* GraphQL */ `
  query ($countries: [CountryCode!], $from: Int!, $to: Int!) {
    charterSignatoryCounts(countries: $countries, from: $from, to: $to) {
      country {
        code
      }
      year
      signedInYear
      signatories
      actionPlansAdopted
      overdue
      undatedSignatories
      reportedSignatories {
        value
        periodEnd
        sourceQuote
        source {
          key
        }
      }
    }
  }
`;

/** The same counts, computed here year by year from the fixture, as `actionPlanStatus` would judge each signatory on 31 December. */
function expectedCounts(countries: string[], from: number, to: number) {
  const points = [];
  for (const country of countries) {
    const rows = SIGNATURES.filter(([code]) => code === country);
    const dated = rows.filter(([, signedOn]) => signedOn !== null) as [string, string, string | null][];
    for (let year = from; year <= to; year += 1) {
      const yearEnd = `${year}-12-31`;
      const signed = dated.filter(([, signedOn]) => signedOn <= yearEnd);
      points.push({
        country: { code: country },
        year,
        signedInYear: dated.filter(([, signedOn]) => signedOn.startsWith(`${year}-`)).length,
        signatories: signed.length,
        actionPlansAdopted: signed.filter(([, , adoptedOn]) => adoptedOn !== null && adoptedOn <= yearEnd).length,
        overdue: signed.filter(
          ([, signedOn, adoptedOn]) => yearEnd > addYears(signedOn, 2) && (adoptedOn === null || adoptedOn > yearEnd),
        ).length,
        undatedSignatories: rows.length - dated.length,
        reportedSignatories: null as unknown,
      });
    }
  }
  return points;
}

describe('Charter signatory counts per country and year', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await initScratchHub();
    await hub.orm.em.fork().transactional(async (em) => {
      for (const [code, nameEn] of [
        ['NO', 'Norway'],
        ['RS', 'Serbia'],
        ['SE', 'Sweden'],
      ])
        em.create(Country, { code, nameEn, nameLocal: nameEn });
      em.create(Country, { code: 'DK', nameEn: 'Denmark', nameLocal: 'Danmark' });
      await em.flush();
      const municipalities = SIGNATURES.map(([countryCode], index) =>
        em.create(Municipality, { countryCode, nameLocal: `Signatory ${index}`, kind: MunicipalityKind.MUNICIPALITY }),
      );
      const indicator = em.create(Indicator, {
        code: 'CHARTER_SIGNATORIES',
        nameEn: 'Charter signatories',
        unit: IndicatorUnit.COUNT,
        level: IndicatorLevel.OUTCOME,
        direction: IndicatorDirection.HIGHER_IS_BETTER,
        aggregation: IndicatorAggregation.LATEST,
        computation: IndicatorComputation.REPORTED,
      });
      await em.flush();
      SIGNATURES.forEach(([, signedOn, actionPlanAdoptedOn], index) =>
        em.create(CharterSignature, { municipalityId: municipalities[index].id, signedOn, actionPlanAdoptedOn }),
      );
      const reported = (year: number, value: number, reviewStatus: ReviewStatus) =>
        em.create(Observation, {
          indicatorId: indicator.id,
          scopeKind: ScopeKind.COUNTRY,
          countryCode: 'SE',
          kind: ObservationKind.ACTUAL,
          periodStart: `${year}-01-01`,
          periodEnd: `${year}-12-31`,
          value: String(value),
          reviewStatus,
        } as Observation);
      reported(2008, 7, ReviewStatus.APPROVED);
      reported(2009, 99, ReviewStatus.SUBMITTED);
    });
  });
  afterAll(() => hub.close());

  it('counts signed, cumulative, adopted and overdue per year in one statement, with empty years present', async () => {
    const { data, errors, statements } = await hub.query(COUNTS, {
      countries: ['SE', 'NO', 'RS', 'DK'],
      from: 2005,
      to: 2013,
    });
    expect(errors).toBeUndefined();
    const expected = expectedCounts(['DK', 'NO', 'RS', 'SE'], 2005, 2013);
    const sweden2008 = expected.find((point) => point.country.code === 'SE' && point.year === 2008)!;
    sweden2008.reportedSignatories = { value: 7, periodEnd: '2008-12-31', sourceQuote: null, source: null };
    expect(data!.charterSignatoryCounts).toEqual(expected);
    // Read by hand at the end of 2010 in Sweden: five dated signatories, plans adopted in 2007 and on 31 December 2010;
    // overdue the 2006-11-30 one (no plan) and the 2008-02-29 one (due 2010-02-28, adopted only in 2011).
    expect(
      data!.charterSignatoryCounts.find(
        (p: { country: { code: string }; year: number }) => p.country.code === 'SE' && p.year === 2010,
      ),
    ).toMatchObject({
      signedInYear: 1,
      signatories: 5,
      actionPlansAdopted: 2,
      overdue: 2,
      undatedSignatories: 1,
    });
    expect(
      data!.charterSignatoryCounts.filter((p: { country: { code: string } }) => p.country.code === 'DK'),
    ).toHaveLength(9);
    // the counts, their countries, the reported observation (whose source is null here)
    expect(statements).toBe(3);
  });

  it('counts every country the hub records when none is named', async () => {
    const { data, errors } = await hub.query(COUNTS, { from: 2012, to: 2012 });
    expect(errors).toBeUndefined();
    expect(data!.charterSignatoryCounts.map((p: { country: { code: string } }) => p.country.code)).toEqual([
      'DK',
      'NO',
      'RS',
      'SE',
    ]);
    expect(data!.charterSignatoryCounts).toEqual(expectedCounts(['DK', 'NO', 'RS', 'SE'], 2012, 2012));
  });

  it('refuses a range that ends before it starts, spans more than 100 years, or an unknown country', async () => {
    expectOneError((await hub.query(COUNTS, { from: 2013, to: 2012 })).errors, 'BAD_USER_INPUT', 'to');
    expectOneError((await hub.query(COUNTS, { from: 1901, to: 2001 })).errors, 'BAD_USER_INPUT', 'to');
    expectOneError((await hub.query(COUNTS, { from: 1800, to: 1810 })).errors, 'BAD_USER_INPUT', 'from');
    expectOneError(
      (await hub.query(COUNTS, { countries: ['FI'], from: 2010, to: 2011 })).errors,
      'NOT_FOUND',
      'countries',
    );
    const hundred = await hub.query(COUNTS, { countries: ['RS'], from: 1902, to: 2001 });
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data!.charterSignatoryCounts).toHaveLength(100);
  });
});

describe('Charter signatory counts of the seeded hub', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await initTestHub();
  });
  afterAll(() => hub.close());

  it("show Serbia's reported 11 signatories beside the 0 the hub has rows for", async () => {
    const { data, errors } = await hub.query(COUNTS, { countries: ['RS'], from: 2012, to: 2014 });
    expect(errors).toBeUndefined();
    expect(
      data!.charterSignatoryCounts.map((point: { year: number; signatories: number }) => [
        point.year,
        point.signatories,
      ]),
    ).toEqual([
      [2012, 0],
      [2013, 0],
      [2014, 0],
    ]);
    expect(
      data!.charterSignatoryCounts.map((point: { reportedSignatories: unknown }) => point.reportedSignatories),
    ).toEqual([
      null,
      {
        value: 11,
        periodEnd: '2013-12-31',
        source: { key: 'salar-sctm-gender-collaboration' },
        sourceQuote:
          'The European Charter for Equality of women and men in local life has been signed by 11 Serbian municipalities.',
      },
      null,
    ]);
  });
});
