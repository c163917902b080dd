import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadComputedFigures, type DayRange } from '../src/analytics/computed-programme-figures';
import { ReadRules } from '../src/auth/read-rules';
import { Role } from '../src/entities/role.enum';
import { anonymousViewer, type Viewer } from '../src/auth/viewer';
import { Country } from '../src/entities/country.entity';
import {
  Disaggregation,
  Indicator,
  IndicatorAggregation,
  IndicatorComputation,
  IndicatorDirection,
  IndicatorLevel,
  IndicatorUnit,
} from '../src/entities/indicator.entity';
import { InitiativeMunicipality } from '../src/entities/initiative-municipality.entity';
import { Initiative } from '../src/entities/initiative.entity';
import { Municipality, MunicipalityKind } from '../src/entities/municipality.entity';
import { Observation, ObservationKind, ReviewStatus, ScopeKind } from '../src/entities/observation.entity';
import { PersonRole } from '../src/entities/person-role.enum';
import { ProgrammeParticipant } from '../src/entities/programme-participant.entity';
import { Programme } from '../src/entities/programme.entity';
import { Sex } from '../src/entities/sex.enum';
import { toGlobalId } from '../src/schema/global-id';
import { expectOneError } from './support/expect-error';
import { seededRandom } from './support/seeded-random';
import { initScratchHub, initTestHub, type TestHub } from './support/test-hub';

/** One value as the fixture states it: ACTUAL, sex TOTAL, every role and APPROVED unless said otherwise. */
interface ValueSpec {
  indicator: string;
  start: string;
  end: string;
  value: number;
  status?: ReviewStatus;
  sex?: Sex;
  role?: PersonRole;
}
interface InitiativeSpec {
  code: string;
  municipalities: number[];
  lead?: number;
  startOn?: string;
  endOn?: string;
  values: ValueSpec[];
}
interface ProgrammeSpec {
  code: string;
  published: boolean;
  participants: number[];
  initiatives: InitiativeSpec[];
  /** Values about the programme itself, in creation order. */
  reported: ValueSpec[];
}

const BOOLEANS = ['IMPROVED', 'OTHER_FLAG'];
const MUNICIPALITY_COUNT = 6;
const year = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31` });

/** The hand-made programme: every rule has a case here. */
const A: ProgrammeSpec = {
  code: 'A',
  published: true,
  participants: [3],
  initiatives: [
    {
      code: 'A1',
      municipalities: [0, 1],
      lead: 0,
      startOn: '2019-01-01',
      endOn: '2020-12-31',
      values: [
        { indicator: 'IMPROVED', ...year(2019), value: 0 },
        { indicator: 'IMPROVED', ...year(2020), value: 1 },
      ],
    },
    // The FEMALE cell is not the initiative's value.
    {
      code: 'A2',
      municipalities: [1, 2],
      values: [
        { indicator: 'IMPROVED', ...year(2020), value: 0 },
        { indicator: 'IMPROVED', ...year(2020), value: 1, sex: Sex.FEMALE },
      ],
    },
    // The later value is only submitted: the approved one of 2019 stands.
    {
      code: 'A3',
      municipalities: [],
      lead: 4,
      values: [
        { indicator: 'IMPROVED', ...year(2019), value: 1 },
        { indicator: 'IMPROVED', ...year(2020), value: 0, status: ReviewStatus.SUBMITTED },
      ],
    },
    {
      code: 'A4',
      municipalities: [5],
      startOn: '2015-01-01',
      endOn: '2015-12-31',
      values: [{ indicator: 'IMPROVED', ...year(2015), value: 1 }],
    },
    // Only an unapproved value: not in the denominator.
    {
      code: 'A5',
      municipalities: [],
      values: [{ indicator: 'IMPROVED', ...year(2020), value: 1, status: ReviewStatus.SUBMITTED }],
    },
  ],
  reported: [
    { indicator: 'INITIATIVES_FUNDED', ...year(2018), value: 3 },
    { indicator: 'INITIATIVES_FUNDED', start: '2018-01-01', end: '2020-12-31', value: 7 },
    { indicator: 'IMPROVED_SHARE', ...year(2020), value: 50 },
    { indicator: 'IMPROVED_SHARE', start: '2020-07-01', end: '2021-06-30', value: 80, status: ReviewStatus.SUBMITTED },
    // Reported, but no initiative has an OTHER_FLAG value: the share is 0 of 0.
    { indicator: 'OTHER_FLAG_SHARE', ...year(2020), value: 40 },
  ],
};

const HIDDEN: ProgrammeSpec = {
  code: 'HIDDEN',
  published: false,
  participants: [0],
  initiatives: [{ code: 'H1', municipalities: [1], values: [{ indicator: 'IMPROVED', ...year(2020), value: 1 }] }],
  reported: [{ indicator: 'INITIATIVES_FUNDED', ...year(2020), value: 1 }],
};

/** Thirty published programmes drawn from a seeded PRNG. */
function generatedProgrammes(): ProgrammeSpec[] {
  const random = seededRandom(722);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  const subset = () => [...Array(MUNICIPALITY_COUNT).keys()].filter(() => random() < 0.3);
  const status = () =>
    pick([
      ReviewStatus.APPROVED,
      ReviewStatus.APPROVED,
      ReviewStatus.APPROVED,
      ReviewStatus.SUBMITTED,
      ReviewStatus.DRAFT,
    ]);
  return Array.from({ length: 30 }, (_, n) => {
    const code = `G${String(n).padStart(2, '0')}`;
    const initiatives = Array.from({ length: Math.floor(random() * 5) }, (_, m): InitiativeSpec => {
      const values: ValueSpec[] = [];
      for (const indicator of BOOLEANS) {
        for (const y of [2019, 2020]) {
          if (random() < (indicator === 'IMPROVED' ? 0.6 : 0.2))
            values.push({ indicator, ...year(y), value: random() < 0.5 ? 1 : 0, status: status() });
        }
      }
      const dated = random() < 0.5;
      return {
        code: `${code}-${m}`,
        municipalities: subset(),
        lead: random() < 0.3 ? pick([...Array(MUNICIPALITY_COUNT).keys()]) : undefined,
        startOn: dated ? pick(['2017-01-01', '2019-06-01', '2021-01-01']) : undefined,
        endOn: dated ? '2021-12-31' : undefined,
        values,
      };
    });
    const reported: ValueSpec[] = [];
    if (random() < 0.5)
      reported.push({ indicator: 'INITIATIVES_FUNDED', ...year(2020), value: Math.floor(random() * 6) });
    if (random() < 0.5)
      reported.push({
        indicator: 'IMPROVED_SHARE',
        ...year(2020),
        value: Math.floor(random() * 100),
        status: status(),
      });
    if (random() < 0.3)
      reported.push({
        indicator: 'PROGRAMME_PARTICIPATING_MUNICIPALITIES',
        ...year(2020),
        value: Math.floor(random() * 6),
      });
    return { code, published: true, participants: subset(), initiatives, reported };
  });
}

const COMPARABLE: Record<string, string> = {
  INITIATIVE_COUNT: 'INITIATIVES_FUNDED',
  MUNICIPALITIES_REACHED: 'PROGRAMME_PARTICIPATING_MUNICIPALITIES',
};

/** A value counts when approved, a total for every role, and (with a range) inside it. */
const counts = (value: ValueSpec, period: DayRange | null) =>
  (value.status ?? ReviewStatus.APPROVED) === ReviewStatus.APPROVED &&
  (value.sex ?? Sex.TOTAL) === Sex.TOTAL &&
  value.role == null &&
  (period === null || (value.start >= period.from && value.end <= period.to));

const round = (value: number | null) => (value === null ? null : Math.round(value * 1e9) / 1e9);

/** What `computedFigures` must answer, computed here from the fixture alone. */
function expectedFigures(spec: ProgrammeSpec, period: DayRange | null) {
  const initiatives = spec.initiatives.filter(
    (initiative) =>
      period === null ||
      ((initiative.startOn ?? period.to) <= period.to && (initiative.endOn ?? period.from) >= period.from),
  );
  const reportedOf = (code: string) => {
    const candidates = spec.reported
      .map((value, order) => ({ value, order }))
      .filter(({ value }) => value.indicator === code && counts(value, period));
    candidates.sort(
      (a, b) =>
        b.value.end.localeCompare(a.value.end) || a.value.start.localeCompare(b.value.start) || b.order - a.order,
    );
    return candidates[0]?.value.value ?? null;
  };
  const figure = (
    kind: string,
    indicator: string | null,
    comparable: string,
    value: number | null,
    numerator: number | null,
    denominator: number | null,
  ) => {
    const reported = reportedOf(comparable);
    return {
      kind,
      indicator: indicator && { code: indicator },
      comparableIndicator: { code: comparable },
      value: round(value),
      numerator,
      denominator,
      reported: reported === null ? null : { value: reported },
      difference: value === null || reported === null ? null : round(value - reported),
    };
  };
  const reached = new Set([
    ...spec.participants,
    ...initiatives.flatMap((initiative) => [
      ...initiative.municipalities,
      ...(initiative.lead === undefined ? [] : [initiative.lead]),
    ]),
  ]);
  const figures = [
    figure('INITIATIVE_COUNT', null, COMPARABLE.INITIATIVE_COUNT, initiatives.length, null, null),
    figure('MUNICIPALITIES_REACHED', null, COMPARABLE.MUNICIPALITIES_REACHED, reached.size, null, null),
  ];
  for (const indicator of BOOLEANS) {
    const latest = initiatives.flatMap((initiative) => {
      const values = initiative.values.filter((value) => value.indicator === indicator && counts(value, period));
      values.sort((a, b) => b.end.localeCompare(a.end) || b.start.localeCompare(a.start));
      return values.slice(0, 1).map((value) => value.value);
    });
    if (latest.length === 0 && reportedOf(`${indicator}_SHARE`) === null) continue;
    const numerator = latest.filter((value) => value === 1).length;
    figures.push(
      figure(
        'SHARE_TRUE',
        indicator,
        `${indicator}_SHARE`,
        latest.length === 0 ? null : (100 * numerator) / latest.length,
        numerator,
        latest.length,
      ),
    );
  }
  return figures;
}

const FIGURES = /* GraphQL */ `
  query ($first: Int!, $period: DateRange) {
    programmes(first: $first) {
      nodes {
        code
        computedFigures(period: $period) {
          kind
          indicator {
            code
          }
          comparableIndicator {
            code
          }
          value
          numerator
          denominator
          reported {
            value
          }
          difference
        }
      }
    }
  }
`;

type Figure = { value: number | null; difference: number | null };
const rounded = (figures: Figure[]) =>
  figures.map((figure) => ({ ...figure, value: round(figure.value), difference: round(figure.difference) }));

const ADMIN: Viewer = { key: 'test:admin', tokenId: null, role: Role.ADMIN, organisationIds: [], municipalityIds: [] };

describe('computed indicators', () => {
  let hub: TestHub;
  const generated = generatedProgrammes();
  const specs = [A, HIDDEN, ...generated];
  const ids = new Map<string, number>();
  let municipalityIds: number[] = [];

  beforeAll(async () => {
    hub = await initScratchHub();
    await hub.orm.em.fork().transactional(async (em) => {
      em.create(Country, { code: 'SE', nameEn: 'Sweden', nameLocal: 'Sverige' });
      await em.flush();
      const municipalities = Array.from({ length: MUNICIPALITY_COUNT }, (_, n) =>
        em.create(Municipality, {
          countryCode: 'SE',
          code: String(1000 + n),
          nameLocal: `Kommun ${n}`,
          kind: MunicipalityKind.MUNICIPALITY,
        }),
      );
      const indicator = (
        code: string,
        unit: IndicatorUnit,
        aggregation: IndicatorAggregation,
        disaggregations: Disaggregation[] = [],
      ) =>
        em.create(Indicator, {
          code,
          nameEn: code,
          unit,
          level: IndicatorLevel.OUTCOME,
          direction: IndicatorDirection.HIGHER_IS_BETTER,
          aggregation,
          disaggregations,
          computation: IndicatorComputation.REPORTED,
        });
      const indicators = new Map(
        [
          indicator('IMPROVED', IndicatorUnit.BOOLEAN, IndicatorAggregation.LATEST),
          indicator('IMPROVED_SHARE', IndicatorUnit.PERCENT, IndicatorAggregation.SHARE),
          indicator('OTHER_FLAG', IndicatorUnit.BOOLEAN, IndicatorAggregation.LATEST),
          indicator('OTHER_FLAG_SHARE', IndicatorUnit.PERCENT, IndicatorAggregation.SHARE),
          indicator('INITIATIVES_FUNDED', IndicatorUnit.COUNT, IndicatorAggregation.SUM),
          indicator('PROGRAMME_PARTICIPATING_MUNICIPALITIES', IndicatorUnit.COUNT, IndicatorAggregation.LATEST),
          indicator('TRAINED', IndicatorUnit.COUNT, IndicatorAggregation.SUM, [
            Disaggregation.SEX,
            Disaggregation.ROLE,
          ]),
          indicator('COUNCILLORS', IndicatorUnit.COUNT, IndicatorAggregation.LATEST, [Disaggregation.SEX]),
        ].map((row) => [row.code, row]),
      );
      await em.flush();
      municipalityIds = municipalities.map((municipality) => municipality.id);
      const value = (spec: ValueSpec, scope: Partial<Observation>) =>
        em.create(Observation, {
          indicatorId: indicators.get(spec.indicator)!.id,
          kind: ObservationKind.ACTUAL,
          periodStart: spec.start,
          periodEnd: spec.end,
          value: String(spec.value),
          sex: spec.sex ?? Sex.TOTAL,
          role: spec.role ?? null,
          reviewStatus: spec.status ?? ReviewStatus.APPROVED,
          ...scope,
        } as Observation);
      for (const spec of specs) {
        const programme = em.create(Programme, { code: spec.code, nameEn: spec.code, published: spec.published });
        await em.flush();
        ids.set(spec.code, programme.id);
        for (const m of spec.participants)
          em.create(ProgrammeParticipant, { programmeId: programme.id, municipalityId: municipalities[m].id });
        for (const reported of spec.reported)
          value(reported, { scopeKind: ScopeKind.PROGRAMME, programmeId: programme.id });
        for (const initiativeSpec of spec.initiatives) {
          const initiative = em.create(Initiative, {
            programmeId: programme.id,
            code: initiativeSpec.code,
            nameEn: initiativeSpec.code,
            leadMunicipalityId: initiativeSpec.lead === undefined ? null : municipalities[initiativeSpec.lead].id,
            startOn: initiativeSpec.startOn ?? null,
            endOn: initiativeSpec.endOn ?? null,
          });
          await em.flush();
          ids.set(initiativeSpec.code, initiative.id);
          for (const m of initiativeSpec.municipalities)
            em.create(InitiativeMunicipality, { initiativeId: initiative.id, municipalityId: municipalities[m].id });
          for (const spec of initiativeSpec.values)
            value(spec, { scopeKind: ScopeKind.INITIATIVE, initiativeId: initiative.id });
        }
      }
      for (const spec of TRAINED) value(spec, { scopeKind: ScopeKind.PROGRAMME, programmeId: ids.get('A')! });
      for (const spec of TRAINED) value(spec, { scopeKind: ScopeKind.PROGRAMME, programmeId: ids.get('HIDDEN')! });
      for (const spec of COUNCILLORS)
        value(spec, { scopeKind: ScopeKind.MUNICIPALITY, municipalityId: municipalities[0].id });
    });
  });
  afterAll(() => hub.close());

  it('computes counts, reach and boolean shares for the hand-made programme, beside the reported figures', async () => {
    const { data, errors } = await hub.query(`{ programme(code: "A") { computedFigures {
      kind indicator { code } comparableIndicator { code } value numerator denominator reported { value } difference } } }`);
    expect(errors).toBeUndefined();
    expect(rounded(data!.programme.computedFigures)).toEqual([
      {
        kind: 'INITIATIVE_COUNT',
        indicator: null,
        comparableIndicator: { code: 'INITIATIVES_FUNDED' },
        value: 5,
        numerator: null,
        denominator: null,
        reported: { value: 7 },
        difference: -2,
      },
      {
        kind: 'MUNICIPALITIES_REACHED',
        indicator: null,
        comparableIndicator: { code: 'PROGRAMME_PARTICIPATING_MUNICIPALITIES' },
        value: 6,
        numerator: null,
        denominator: null,
        reported: null,
        difference: null,
      },
      {
        kind: 'SHARE_TRUE',
        indicator: { code: 'IMPROVED' },
        comparableIndicator: { code: 'IMPROVED_SHARE' },
        value: 75,
        numerator: 3,
        denominator: 4,
        reported: { value: 50 },
        difference: 25,
      },
      {
        kind: 'SHARE_TRUE',
        indicator: { code: 'OTHER_FLAG' },
        comparableIndicator: { code: 'OTHER_FLAG_SHARE' },
        value: null,
        numerator: 0,
        denominator: 0,
        reported: { value: 40 },
        difference: null,
      },
    ]);
    // The independent computation agrees with the hand count.
    expect(rounded(data!.programme.computedFigures)).toEqual(expectedFigures(A, null));
  });

  it('narrows to a period: overlapping initiatives, values and reported figures inside it', async () => {
    const period = { from: '2020-01-01', to: '2020-12-31' };
    const { data, errors } = await hub.query(
      `query ($period: DateRange) { programme(code: "A") { computedFigures(period: $period) { kind indicator { code } comparableIndicator { code } value numerator denominator reported { value } difference } } }`,
      { period },
    );
    expect(errors).toBeUndefined();
    const figures = rounded(data!.programme.computedFigures);
    expect(figures.map((figure: { value: number | null }) => figure.value)).toEqual([4, 5, 50, null]);
    expect(figures).toEqual(expectedFigures(A, period));
  });

  it('agrees with an independent computation for every generated programme, in one statement for 3 programmes or 30', async () => {
    for (const period of [null, { from: '2020-01-01', to: '2020-12-31' }]) {
      const few = await hub.query(FIGURES, { first: 3, period });
      const many = await hub.query(FIGURES, { first: 30, period });
      expect(few.errors).toBeUndefined();
      expect(many.errors).toBeUndefined();
      const nodes = many.data!.programmes.nodes as { code: string; computedFigures: Figure[] }[];
      expect(nodes).toHaveLength(30);
      for (const node of nodes) {
        expect(rounded(node.computedFigures), node.code).toEqual(
          expectedFigures(
            specs.find((spec) => spec.code === node.code)!,
            period,
          ),
        );
      }
      // The draw exercises every path: shares with values, shares of reported figures only, and disagreements.
      const figures = nodes.flatMap((node) => node.computedFigures) as (Figure & {
        kind: string;
        denominator: number | null;
        reported: unknown;
      })[];
      expect(
        figures.some((figure) => figure.kind === 'SHARE_TRUE' && figure.denominator! > 0 && figure.reported !== null),
      ).toBe(true);
      expect(figures.some((figure) => figure.kind === 'SHARE_TRUE' && figure.denominator === 0)).toBe(true);
      expect(figures.some((figure) => figure.difference !== null && figure.difference !== 0)).toBe(true);
      // the page of programmes, the computed figures of all of them, their indicators
      expect(few.statements).toBe(many.statements);
      expect(many.statements).toBe(3);
    }
  });

  it("reads only what the viewer may: an unpublished programme's records never reach an anonymous reader", async () => {
    const hidden = ids.get('HIDDEN')!;
    const reader = (viewer: Viewer) => {
      const em = hub.orm.em.fork();
      return { em, rules: new ReadRules(em.getKnex(), viewer) };
    };
    expect(await loadComputedFigures(reader(anonymousViewer('test')), [hidden, ids.get('A')!], null)).toHaveLength(4);
    expect(await loadComputedFigures(reader(anonymousViewer('test')), [hidden], null)).toEqual([]);
    const admin = await hub.query(
      `{ programme(code: "HIDDEN") { computedFigures { kind value reported { value } difference } } }`,
      {},
      ADMIN,
    );
    expect(admin.errors).toBeUndefined();
    expect(rounded(admin.data!.programme.computedFigures)).toEqual(
      expectedFigures(HIDDEN, null).map(({ kind, value, reported, difference }) => ({
        kind,
        value,
        reported,
        difference,
      })),
    );
    const anonymous = await hub.query(`{ programme(code: "HIDDEN") { computedFigures { kind } } }`);
    expect(anonymous.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a period that ends before it starts', async () => {
    const { errors } = await hub.query(
      `{ programme(code: "A") { computedFigures(period: { from: "2020-01-01", to: "2019-12-31" }) { kind } } }`,
    );
    expectOneError(errors, 'BAD_USER_INPUT', 'period.to');
  });

  describe('sex breakdown', () => {
    const BREAKDOWN = /* GraphQL */ `
      query ($indicator: String!, $scope: ID!, $from: LocalDate!, $to: LocalDate!) {
        sexBreakdown(indicator: $indicator, scope: $scope, from: $from, to: $to) {
          indicator {
            code
          }
          scope {
            __typename
            ... on Programme {
              code
            }
            ... on Municipality {
              nameLocal
            }
          }
          from
          to
          female
          male
          total
          femaleShare
          gap
          ratio
          femaleObservationCount
          maleObservationCount
          totalObservationCount
        }
      }
    `;
    const range = { from: '2019-01-01', to: '2020-12-31' };

    /** The breakdown computed here from the fixture, by the indicator's rule. */
    function expectedBreakdown(values: ValueSpec[], rule: 'SUM' | 'LATEST') {
      const cell = (sex: Sex) => {
        const inside = values.filter(
          (value) =>
            value.sex === sex &&
            (value.status ?? ReviewStatus.APPROVED) === ReviewStatus.APPROVED &&
            value.role == null &&
            value.start >= range.from &&
            value.end <= range.to,
        );
        if (inside.length === 0) return { value: null, count: 0 };
        if (rule === 'SUM') return { value: inside.reduce((sum, value) => sum + value.value, 0), count: inside.length };
        return { value: [...inside].sort((a, b) => b.end.localeCompare(a.end))[0].value, count: 1 };
      };
      const [female, male, total] = [cell(Sex.FEMALE), cell(Sex.MALE), cell(Sex.TOTAL)];
      const both = female.value !== null && male.value !== null;
      return {
        female: female.value,
        male: male.value,
        total: total.value,
        femaleShare: both ? round((100 * female.value) / (female.value + male.value)) : null,
        gap: both ? female.value - male.value : null,
        ratio: both ? round(female.value / male.value) : null,
        femaleObservationCount: female.count,
        maleObservationCount: male.count,
        totalObservationCount: total.count,
      };
    }

    it("adds up a SUM indicator's cells and compares women with men, in one statement beside its lookups", async () => {
      const { data, errors, statements } = await hub.query(BREAKDOWN, {
        indicator: 'TRAINED',
        scope: toGlobalId('Programme', ids.get('A')!),
        ...range,
      });
      expect(errors).toBeUndefined();
      const { indicator, scope, from, to, ...figures } = data!.sexBreakdown;
      expect({ indicator, scope, from, to }).toEqual({
        indicator: { code: 'TRAINED' },
        scope: { __typename: 'Programme', code: 'A' },
        ...range,
      });
      const answer = { ...figures, femaleShare: round(figures.femaleShare), ratio: round(figures.ratio) };
      expect(answer).toEqual({
        female: 30,
        male: 40,
        total: 75,
        femaleShare: round(300 / 7),
        gap: -10,
        ratio: 0.75,
        femaleObservationCount: 2,
        maleObservationCount: 2,
        totalObservationCount: 2,
      });
      expect(answer).toEqual(expectedBreakdown(TRAINED, 'SUM'));
      // the indicator, the scope, the breakdown
      expect(statements).toBe(3);
    });

    it("takes a LATEST indicator's latest value of each cell", async () => {
      const { data, errors } = await hub.query(BREAKDOWN, {
        indicator: 'COUNCILLORS',
        scope: toGlobalId('Municipality', municipalityIds[0]),
        ...range,
      });
      expect(errors).toBeUndefined();
      const { indicator: _i, scope, from: _f, to: _t, ...figures } = data!.sexBreakdown;
      expect(scope).toEqual({ __typename: 'Municipality', nameLocal: 'Kommun 0' });
      expect({ ...figures, femaleShare: round(figures.femaleShare), ratio: round(figures.ratio) }).toEqual(
        expectedBreakdown(COUNCILLORS, 'LATEST'),
      );
      expect(figures).toMatchObject({ female: 4, male: 6, total: 10, femaleShare: 40, gap: -2 });
    });

    it('refuses an indicator without a SEX disaggregation, an unknown one, a reversed range and a scope the viewer cannot read', async () => {
      const scope = toGlobalId('Programme', ids.get('A')!);
      expectOneError(
        (await hub.query(BREAKDOWN, { indicator: 'IMPROVED', scope, ...range })).errors,
        'BAD_USER_INPUT',
        'indicator',
      );
      expectOneError(
        (await hub.query(BREAKDOWN, { indicator: 'NOPE', scope, ...range })).errors,
        'NOT_FOUND',
        'indicator',
      );
      expectOneError(
        (await hub.query(BREAKDOWN, { indicator: 'TRAINED', scope, from: '2020-01-01', to: '2019-01-01' })).errors,
        'BAD_USER_INPUT',
        'to',
      );
      expectOneError(
        (await hub.query(BREAKDOWN, { indicator: 'TRAINED', scope: toGlobalId('Theme', 1), ...range })).errors,
        'BAD_USER_INPUT',
        'scope',
      );
      const hidden = { indicator: 'TRAINED', scope: toGlobalId('Programme', ids.get('HIDDEN')!), ...range };
      expectOneError((await hub.query(BREAKDOWN, hidden)).errors, 'NOT_FOUND', 'scope');
      expect((await hub.query(BREAKDOWN, hidden, ADMIN)).data!.sexBreakdown).toMatchObject({ female: 30, male: 40 });
    });
  });
});

/** Trained people of programme A (and, the same, of HIDDEN): what lies outside the range, is unapproved or is split by role must not count. */
const TRAINED: ValueSpec[] = [
  { indicator: 'TRAINED', ...year(2019), value: 10, sex: Sex.FEMALE },
  { indicator: 'TRAINED', ...year(2019), value: 30, sex: Sex.MALE },
  { indicator: 'TRAINED', ...year(2019), value: 45, sex: Sex.TOTAL },
  { indicator: 'TRAINED', ...year(2020), value: 20, sex: Sex.FEMALE },
  { indicator: 'TRAINED', ...year(2020), value: 10, sex: Sex.MALE },
  { indicator: 'TRAINED', ...year(2020), value: 30, sex: Sex.TOTAL },
  {
    indicator: 'TRAINED',
    start: '2020-01-01',
    end: '2020-06-30',
    value: 5,
    sex: Sex.FEMALE,
    status: ReviewStatus.SUBMITTED,
  },
  { indicator: 'TRAINED', ...year(2020), value: 7, sex: Sex.FEMALE, role: PersonRole.POLITICIAN },
  { indicator: 'TRAINED', ...year(2021), value: 100, sex: Sex.FEMALE },
];

/** Women and men on the council of municipality 0: a stock, so the latest counts. */
const COUNCILLORS: ValueSpec[] = [
  { indicator: 'COUNCILLORS', ...year(2019), value: 3, sex: Sex.FEMALE },
  { indicator: 'COUNCILLORS', ...year(2019), value: 7, sex: Sex.MALE },
  { indicator: 'COUNCILLORS', ...year(2020), value: 4, sex: Sex.FEMALE },
  { indicator: 'COUNCILLORS', ...year(2020), value: 6, sex: Sex.MALE },
  { indicator: 'COUNCILLORS', ...year(2020), value: 10, sex: Sex.TOTAL },
];

describe('computed indicators of the seeded hub', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await initTestHub();
  });
  afterAll(() => hub.close());

  it('shows that HåJ reports 88 initiatives while the hub records none: reported and recorded disagree', async () => {
    const { data, errors } = await hub.query(`{
      haj: programme(code: "HAJ") { computedFigures { kind indicator { code } value reported { value sourceQuote } difference } }
      norway: programme(code: "NO_LIKESTILTE_KOMMUNER") { computedFigures { kind value reported { value } difference } participants { municipality { id } } }
    }`);
    expect(errors).toBeUndefined();
    const byKind = (figures: { kind: string }[]) => Object.fromEntries(figures.map((figure) => [figure.kind, figure]));
    const haj = byKind(data!.haj.computedFigures);
    expect(haj.INITIATIVE_COUNT).toEqual({
      kind: 'INITIATIVE_COUNT',
      indicator: null,
      value: 0,
      reported: { value: 88, sourceQuote: 'have over the years funded 88 initiatives on gender mainstreaming' },
      difference: -88,
    });
    // No BOOLEAN indicator is recorded for HåJ's initiatives, so its 63 % has nothing to be recomputed from.
    expect(Object.keys(haj)).toEqual(['INITIATIVE_COUNT', 'MUNICIPALITIES_REACHED']);
    // The Norwegian programme reports 20 participating municipalities and the hub records the same 20.
    const norway = byKind(data!.norway.computedFigures);
    expect(data!.norway.participants).toHaveLength(20);
    expect(norway.MUNICIPALITIES_REACHED).toEqual({
      kind: 'MUNICIPALITIES_REACHED',
      value: 20,
      reported: { value: 20 },
      difference: 0,
    });
  });

  it("breaks HåJ's 66 000 trained people down by sex only as far as the sources do: a total, no split", async () => {
    const programme = await hub.query('{ programme(code: "HAJ") { id } }');
    const { data, errors } = await hub.query(
      `query ($scope: ID!) { sexBreakdown(indicator: "GENDER_TRAINING_PARTICIPANTS", scope: $scope, from: "2008-01-01", to: "2013-12-31") { female male total femaleShare gap ratio } }`,
      { scope: programme.data!.programme.id },
    );
    expect(errors).toBeUndefined();
    expect(data!.sexBreakdown).toEqual({
      female: null,
      male: null,
      total: 66_000,
      femaleShare: null,
      gap: null,
      ratio: null,
    });
  });
});
