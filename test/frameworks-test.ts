import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Country } from '../src/entities/country.entity';
import { IndicatorFrameworkElement } from '../src/entities/framework-element-indicator.entity';
import { FrameworkElement } from '../src/entities/framework-element.entity';
import { Framework } from '../src/entities/framework.entity';
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
import { toGlobalId } from '../src/schema/global-id';
import { expectOneError } from './support/expect-error';
import { initScratchHub, initTestHub, type TestHub } from './support/test-hub';

const ROLL_UP = /* GraphQL */ `
  query ($scope: ID!) {
    frameworks {
      code
      coverage(scope: $scope) {
        elementCount
        mappedElementCount
        coveredElementCount
      }
      elements {
        code
        indicators {
          code
        }
        results(scope: $scope) {
          indicator {
            code
          }
          baseline {
            value
          }
          target {
            value
          }
          latestActual {
            value
            periodEnd
          }
          progress
        }
      }
    }
  }
`;

describe('frameworks over a scratch database', () => {
  let hub: TestHub;
  let programmeId: number;
  let otherProgrammeId: number;
  beforeAll(async () => {
    hub = await initScratchHub();
    await hub.orm.em.fork().transactional(async (em) => {
      em.create(Country, { code: 'SE', nameEn: 'Sweden', nameLocal: 'Sverige' });
      const indicator = (code: string) =>
        em.create(Indicator, {
          code,
          nameEn: code,
          unit: IndicatorUnit.PERCENT,
          level: IndicatorLevel.OUTCOME,
          direction: IndicatorDirection.HIGHER_IS_BETTER,
          aggregation: IndicatorAggregation.SHARE,
          computation: IndicatorComputation.REPORTED,
        });
      const women = indicator('WOMEN_IN_COUNCILS');
      const pay = indicator('EQUAL_PAY');
      const care = indicator('SHARED_CARE');
      const programme = em.create(Programme, { code: 'P', nameEn: 'P', published: true });
      const other = em.create(Programme, { code: 'Q', nameEn: 'Q', published: true });
      const charter = em.create(Framework, { code: 'CHARTER', nameEn: 'Charter' });
      const goals = em.create(Framework, { code: 'GOALS', nameEn: 'Goals' });
      const empty = em.create(Framework, { code: 'EMPTY', nameEn: 'Nothing mapped' });
      await em.flush();
      programmeId = programme.id;
      otherProgrammeId = other.id;
      const element = (frameworkId: number, code: string, position: number, parentId: number | null = null) =>
        em.create(FrameworkElement, { frameworkId, code, position, nameEn: code, parentId });
      const article1 = element(charter.id, 'ARTICLE_1', 1);
      const article2 = element(charter.id, 'ARTICLE_2', 2);
      const article3 = element(charter.id, 'ARTICLE_3', 3);
      const goal2 = element(goals.id, 'GOAL_2', 2);
      const goal1 = element(goals.id, 'GOAL_1', 1);
      element(empty.id, 'ONLY', 1);
      await em.flush();
      element(goals.id, 'GOAL_1_A', 3, goal1.id);
      const map = (indicatorId: number, elementId: number) =>
        em.create(IndicatorFrameworkElement, { indicatorId, elementId });
      // Women in councils under two frameworks at once; equal pay under two articles and a goal; shared care only under article 3.
      map(women.id, article1.id);
      map(women.id, goal1.id);
      map(pay.id, article1.id);
      map(pay.id, article2.id);
      map(pay.id, goal2.id);
      map(care.id, article3.id);
      const value = (
        indicatorId: number,
        scope: number,
        kind: ObservationKind,
        year: number,
        amount: number,
        reviewStatus = ReviewStatus.APPROVED,
      ) =>
        em.create(Observation, {
          indicatorId,
          scopeKind: ScopeKind.PROGRAMME,
          programmeId: scope,
          kind,
          periodStart: `${year}-01-01`,
          periodEnd: `${year}-12-31`,
          value: String(amount),
          reviewStatus,
        } as Observation);
      value(women.id, programme.id, ObservationKind.BASELINE, 2019, 20);
      value(women.id, programme.id, ObservationKind.TARGET, 2022, 40);
      value(women.id, programme.id, ObservationKind.ACTUAL, 2020, 25);
      value(women.id, programme.id, ObservationKind.ACTUAL, 2021, 30);
      value(pay.id, programme.id, ObservationKind.TARGET, 2022, 90);
      value(care.id, programme.id, ObservationKind.ACTUAL, 2021, 55, ReviewStatus.SUBMITTED);
      value(pay.id, other.id, ObservationKind.ACTUAL, 2021, 80);
    });
  });
  afterAll(() => hub.close());

  it("rolls each element's mapped indicators up to one scope, every indicator listed, in five statements", async () => {
    const { data, errors, statements } = await hub.query(ROLL_UP, { scope: toGlobalId('Programme', programmeId) });
    expect(errors).toBeUndefined();
    const women = {
      indicator: { code: 'WOMEN_IN_COUNCILS' },
      baseline: { value: 20 },
      target: { value: 40 },
      latestActual: { value: 30, periodEnd: '2021-12-31' },
      progress: 0.5,
    };
    const pay = {
      indicator: { code: 'EQUAL_PAY' },
      baseline: null,
      target: { value: 90 },
      latestActual: null,
      progress: null,
    };
    // The submitted value of shared care is not the record: the indicator shows, without values.
    const care = {
      indicator: { code: 'SHARED_CARE' },
      baseline: null,
      target: null,
      latestActual: null,
      progress: null,
    };
    expect(data!.frameworks).toEqual([
      {
        code: 'CHARTER',
        coverage: { elementCount: 3, mappedElementCount: 3, coveredElementCount: 1 },
        elements: [
          {
            code: 'ARTICLE_1',
            indicators: [{ code: 'EQUAL_PAY' }, { code: 'WOMEN_IN_COUNCILS' }],
            results: [pay, women],
          },
          { code: 'ARTICLE_2', indicators: [{ code: 'EQUAL_PAY' }], results: [pay] },
          { code: 'ARTICLE_3', indicators: [{ code: 'SHARED_CARE' }], results: [care] },
        ],
      },
      {
        code: 'EMPTY',
        coverage: { elementCount: 1, mappedElementCount: 0, coveredElementCount: 0 },
        elements: [{ code: 'ONLY', indicators: [], results: [] }],
      },
      {
        code: 'GOALS',
        coverage: { elementCount: 3, mappedElementCount: 2, coveredElementCount: 1 },
        elements: [
          { code: 'GOAL_1', indicators: [{ code: 'WOMEN_IN_COUNCILS' }], results: [women] },
          { code: 'GOAL_2', indicators: [{ code: 'EQUAL_PAY' }], results: [pay] },
          { code: 'GOAL_1_A', indicators: [], results: [] },
        ],
      },
    ]);
    // frameworks, coverage, elements, indicators by element, results of the scope
    expect(statements).toBe(5);
  });

  it('covers another scope by its own values', async () => {
    const { data, errors } = await hub.query(ROLL_UP, { scope: toGlobalId('Programme', otherProgrammeId) });
    expect(errors).toBeUndefined();
    const coverage = Object.fromEntries(
      data!.frameworks.map((f: { code: string; coverage: object }) => [f.code, f.coverage]),
    );
    expect(coverage).toEqual({
      CHARTER: { elementCount: 3, mappedElementCount: 3, coveredElementCount: 2 },
      EMPTY: { elementCount: 1, mappedElementCount: 0, coveredElementCount: 0 },
      GOALS: { elementCount: 3, mappedElementCount: 2, coveredElementCount: 1 },
    });
  });

  it("lists an indicator's elements across frameworks, with each element's framework and parent, in three statements", async () => {
    const { data, errors, statements } = await hub.query(`{
      indicator(code: "EQUAL_PAY") { frameworkElements { code framework { code } parent { code } } }
      framework(code: "GOALS") { elements { code parent { code } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.indicator.frameworkElements).toEqual([
      { code: 'ARTICLE_1', framework: { code: 'CHARTER' }, parent: null },
      { code: 'ARTICLE_2', framework: { code: 'CHARTER' }, parent: null },
      { code: 'GOAL_2', framework: { code: 'GOALS' }, parent: null },
    ]);
    expect(
      data!.framework.elements.map((element: { parent: { code: string } | null }) => element.parent?.code ?? null),
    ).toEqual([null, null, 'GOAL_1']);
    // indicator, framework; elements by indicator, elements by framework; their frameworks, parents
    expect(statements).toBe(6);
  });

  it('refetches frameworks and elements by node id', async () => {
    const { data } = await hub.query(`{ framework(code: "CHARTER") { id elements { id code } } }`);
    for (const { id, __typename, field } of [
      { id: data!.framework.id, __typename: 'Framework', field: { code: 'CHARTER' } },
      { id: data!.framework.elements[0].id, __typename: 'FrameworkElement', field: { code: 'ARTICLE_1' } },
    ]) {
      const again = await hub.query(
        `query ($id: ID!) { node(id: $id) { __typename ... on Framework { code } ... on FrameworkElement { code } } }`,
        { id },
      );
      expect(again.errors).toBeUndefined();
      expect(again.data!.node).toEqual({ __typename, ...field });
    }
  });

  it('refuses a scope that is not a programme, initiative, municipality, organisation or country, and an unknown framework', async () => {
    const { data } = await hub.query(`{ framework(code: "CHARTER") { id } }`);
    const query = `query ($scope: ID!) { framework(code: "CHARTER") { coverage(scope: $scope) { elementCount } } }`;
    expectOneError((await hub.query(query, { scope: data!.framework.id })).errors, 'BAD_USER_INPUT', 'scope');
    expectOneError((await hub.query(query, { scope: 'not-an-id' })).errors, 'BAD_USER_INPUT', 'scope');
    expectOneError((await hub.query(`{ framework(code: "NONE") { code } }`)).errors, 'NOT_FOUND', 'code');
  });
});

describe('the seeded frameworks', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await initTestHub();
  });
  afterAll(() => hub.close());

  it("hold the Charter's 30 articles, Sweden's six goals and SDG 5's nine targets, each framework with its source", async () => {
    const { data, errors } = await hub.query(
      `{ frameworks { code source { key } elements { code position nameEn } } }`,
    );
    expect(errors).toBeUndefined();
    const byCode = Object.fromEntries(data!.frameworks.map((f: { code: string }) => [f.code, f]));
    expect(Object.keys(byCode)).toEqual(['EUROPEAN_CHARTER_EQUALITY', 'SDG_5', 'SE_GENDER_EQUALITY_GOALS']);
    expect(byCode.EUROPEAN_CHARTER_EQUALITY.source).toEqual({ key: 'charter-equality-cemr' });
    expect(byCode.EUROPEAN_CHARTER_EQUALITY.elements).toHaveLength(30);
    expect(byCode.EUROPEAN_CHARTER_EQUALITY.elements[29]).toEqual({
      code: 'ARTICLE_30',
      position: 30,
      nameEn: 'Article 30',
    });
    expect(byCode.SE_GENDER_EQUALITY_GOALS.source).toEqual({ key: 'government-offices-se-gender-equality-goals' });
    expect(byCode.SE_GENDER_EQUALITY_GOALS.elements.map((e: { nameEn: string }) => e.nameEn)).toEqual([
      'Equal division of power and influence',
      'Economic equality',
      'Equal education',
      'Equal distribution of unpaid housework and provision of care',
      'Equal health',
      "Men's violence against women must stop",
    ]);
    expect(byCode.SDG_5.source).toEqual({ key: 'un-a-res-70-1' });
    expect(byCode.SDG_5.elements.map((e: { code: string }) => e.code)).toEqual([
      '5.1',
      '5.2',
      '5.3',
      '5.4',
      '5.5',
      '5.6',
      '5.a',
      '5.b',
      '5.c',
    ]);
  });

  it("map only what the documents carry, and roll Serbia's reported signatories up to target 5.c", async () => {
    const { data, errors } = await hub.query(
      `query ($scope: ID!) {
        framework(code: "SDG_5") {
          coverage(scope: $scope) { elementCount mappedElementCount coveredElementCount }
          elements { code indicators { code } results(scope: $scope) { indicator { code } latestActual { value } } }
        }
      }`,
      { scope: toGlobalId('Country', 'RS') },
    );
    expect(errors).toBeUndefined();
    expect(data!.framework.coverage).toEqual({ elementCount: 9, mappedElementCount: 1, coveredElementCount: 1 });
    const mapped = data!.framework.elements.filter((e: { indicators: unknown[] }) => e.indicators.length > 0);
    expect(mapped).toEqual([
      {
        code: '5.c',
        indicators: [{ code: 'CHARTER_SIGNATORIES' }, { code: 'HAJ_GENDER_MANAGEMENT_SYSTEMS_SHARE' }],
        results: [
          { indicator: { code: 'CHARTER_SIGNATORIES' }, latestActual: { value: 11 } },
          { indicator: { code: 'HAJ_GENDER_MANAGEMENT_SYSTEMS_SHARE' }, latestActual: null },
        ],
      },
    ]);
  });
});
