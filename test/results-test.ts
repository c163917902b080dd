import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressTowardTarget } from '../src/analytics/progress';
import {
  Indicator,
  IndicatorAggregation,
  IndicatorComputation,
  IndicatorDirection,
  IndicatorLevel,
  IndicatorUnit,
} from '../src/entities/indicator.entity';
import { Observation, ObservationKind, ReviewStatus, ScopeKind } from '../src/entities/observation.entity';
import { Programme } from '../src/entities/programme.entity';
import { Sex } from '../src/entities/sex.enum';
import { initScratchHub, initTestHub, type TestHub } from './support/test-hub';

describe('progress toward a target', () => {
  it('runs from baseline to target, whichever way is better', () => {
    expect(progressTowardTarget(IndicatorDirection.HIGHER_IS_BETTER, { baseline: 10, target: 50, actual: 30 })).toBe(
      0.5,
    );
    expect(progressTowardTarget(IndicatorDirection.LOWER_IS_BETTER, { baseline: 40, target: 20, actual: 35 })).toBe(
      0.25,
    );
    expect(progressTowardTarget(IndicatorDirection.LOWER_IS_BETTER, { baseline: 40, target: 20, actual: 45 })).toBe(
      -0.25,
    );
    expect(progressTowardTarget(IndicatorDirection.HIGHER_IS_BETTER, { baseline: null, target: 80, actual: 60 })).toBe(
      0.75,
    );
  });

  it('is null where it cannot be computed', () => {
    expect(
      progressTowardTarget(IndicatorDirection.LOWER_IS_BETTER, { baseline: null, target: 20, actual: 35 }),
    ).toBeNull();
    expect(progressTowardTarget(IndicatorDirection.NEUTRAL, { baseline: 1, target: 2, actual: 3 })).toBeNull();
    expect(progressTowardTarget(IndicatorDirection.HIGHER_IS_BETTER, { baseline: 5, target: 5, actual: 6 })).toBeNull();
    expect(
      progressTowardTarget(IndicatorDirection.HIGHER_IS_BETTER, { baseline: 1, target: null, actual: 3 }),
    ).toBeNull();
    expect(
      progressTowardTarget(IndicatorDirection.HIGHER_IS_BETTER, { baseline: 1, target: 3, actual: null }),
    ).toBeNull();
  });
});

const RESULTS = /* GraphQL */ `
  query ($code: String!) {
    programme(code: $code) {
      results {
        indicator {
          code
        }
        baseline {
          value
          periodEnd
        }
        target {
          value
          periodEnd
        }
        latestActual {
          value
          periodEnd
        }
        progress
      }
    }
  }
`;

describe('results of a programme', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await initScratchHub();
    await hub.orm.em.fork().transactional(async (em) => {
      const indicator = (code: string, direction: IndicatorDirection) =>
        em.create(Indicator, {
          code,
          nameEn: code,
          unit: IndicatorUnit.PERCENT,
          level: IndicatorLevel.OUTCOME,
          direction,
          aggregation: IndicatorAggregation.SHARE,
          computation: IndicatorComputation.REPORTED,
        });
      const women = indicator('WOMEN_IN_COUNCILS', IndicatorDirection.HIGHER_IS_BETTER);
      const gap = indicator('PAY_GAP', IndicatorDirection.LOWER_IS_BETTER);
      const programme = em.create(Programme, { code: 'P', nameEn: 'P', published: true });
      await em.flush();
      const value = (
        indicatorId: number,
        kind: ObservationKind,
        year: number,
        amount: number,
        extra: Partial<Observation> = {},
      ) =>
        em.create(Observation, {
          indicatorId,
          scopeKind: ScopeKind.PROGRAMME,
          programmeId: programme.id,
          kind,
          periodStart: `${year}-01-01`,
          periodEnd: `${year}-12-31`,
          value: String(amount),
          reviewStatus: ReviewStatus.APPROVED,
          ...extra,
        } as Observation);
      value(women.id, ObservationKind.BASELINE, 2019, 10);
      value(women.id, ObservationKind.TARGET, 2022, 50);
      value(women.id, ObservationKind.ACTUAL, 2020, 20);
      value(women.id, ObservationKind.ACTUAL, 2021, 30);
      value(women.id, ObservationKind.ACTUAL, 2022, 45, { reviewStatus: ReviewStatus.SUBMITTED });
      value(women.id, ObservationKind.ACTUAL, 2022, 99, { sex: Sex.FEMALE });
      value(gap.id, ObservationKind.BASELINE, 2019, 40);
      value(gap.id, ObservationKind.TARGET, 2022, 20);
      value(gap.id, ObservationKind.ACTUAL, 2021, 35);
    });
  });
  afterAll(() => hub.close());

  it('gives each indicator its latest approved total baseline, target and actual, and direction-aware progress', async () => {
    const { data, errors, statements } = await hub.query(RESULTS, { code: 'P' });
    expect(errors).toBeUndefined();
    expect(data!.programme.results).toEqual([
      {
        indicator: { code: 'PAY_GAP' },
        baseline: { value: 40, periodEnd: '2019-12-31' },
        target: { value: 20, periodEnd: '2022-12-31' },
        latestActual: { value: 35, periodEnd: '2021-12-31' },
        progress: 0.25,
      },
      {
        indicator: { code: 'WOMEN_IN_COUNCILS' },
        baseline: { value: 10, periodEnd: '2019-12-31' },
        target: { value: 50, periodEnd: '2022-12-31' },
        latestActual: { value: 30, periodEnd: '2021-12-31' },
        progress: 0.5,
      },
    ]);
    // programme, its results, their indicators
    expect(statements).toBe(3);
  });
});

describe('results of the seeded HåJ programme', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await initTestHub();
  });
  afterAll(() => hub.close());

  it('answer the reported figures with their sources, and no invented targets', async () => {
    const { data, errors } = await hub.query(`{
      programme(code: "HAJ") { results { indicator { code } target { value } progress latestActual { value source { title } sourceQuote } } }
    }`);
    expect(errors).toBeUndefined();
    const results = Object.fromEntries(
      data!.programme.results.map((result: { indicator: { code: string } }) => [result.indicator.code, result]),
    );
    expect(results.HAJ_TANGIBLE_IMPROVEMENTS_SHARE).toMatchObject({
      target: null,
      progress: null,
      latestActual: {
        value: 63,
        source: { title: 'Report from 2010 on the Programme for Sustainable Gender Equality (HåJ)' },
      },
    });
    expect(results.INITIATIVES_FUNDED.latestActual.value).toBe(88);
  });
});
