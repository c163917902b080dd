import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/entities/role.enum';
import type { Viewer } from '../src/auth/viewer';
import { IndicatorAggregation } from '../src/entities/indicator.entity';
import { MunicipalityKind } from '../src/entities/municipality.entity';
import { ReviewStatus } from '../src/entities/observation.entity';
import { toGlobalId } from '../src/schema/global-id';
import { expectOneError } from './support/expect-error';
import {
  generateMunicipalData,
  loadMunicipalData,
  SATISFACTION,
  STRATEGISTS,
  TRAINED,
  TRAINED_GAP_QUARTER,
  TRAINED_GAP_REGION,
  WOMEN_MANAGERS,
  type GeneratedMunicipalData,
  type GeneratedObservation,
} from './support/generated-municipal-data';
import { initScratchHub, type TestHub } from './support/test-hub';

const SERIES = /* GraphQL */ `
  query Series(
    $indicator: String!
    $from: LocalDate!
    $to: LocalDate!
    $period: PeriodType!
    $groupBy: [SeriesDimension!]
    $filter: SeriesFilter
    $reviewStatuses: [ReviewStatus!]
  ) {
    series(
      indicator: $indicator
      from: $from
      to: $to
      period: $period
      groupBy: $groupBy
      filter: $filter
      reviewStatuses: $reviewStatuses
    ) {
      indicator {
        code
        aggregation
      }
      period
      points {
        periodStart
        periodEnd
        country {
          code
        }
        region {
          code
        }
        municipality {
          code
        }
        programme {
          code
        }
        sex
        role
        value
        numerator
        denominator
        observationCount
        excludedCount
        empty
      }
    }
  }
`;

const ADMIN: Viewer = {
  key: 'token:series-admin',
  tokenId: 1,
  role: Role.ADMIN,
  organisationIds: [],
  municipalityIds: [],
};
const ALL_STATUSES = [ReviewStatus.APPROVED, ReviewStatus.SUBMITTED, ReviewStatus.DRAFT, ReviewStatus.RETURNED];

/** What a test asks of the series (the filter names a municipality by its generated code). */
interface Ask {
  indicator: string;
  from: string;
  to: string;
  period: 'YEAR' | 'HALF_YEAR' | 'QUARTER' | 'CUSTOM';
  groupBy?: ('COUNTRY' | 'REGION' | 'MUNICIPALITY' | 'PROGRAMME' | 'SEX' | 'ROLE')[];
  filter?: { country?: string; programme?: string; municipality?: string; scopeKinds?: string[] };
  reviewStatuses?: ReviewStatus[];
}

interface Point {
  periodStart: string;
  periodEnd: string;
  country: string | null;
  region: string | null;
  municipality: string | null;
  programme: string | null;
  sex: string | null;
  role: string | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  observationCount: number;
  excludedCount: number;
  empty: boolean;
}

const keyOf = (point: Point) =>
  [
    point.periodStart,
    point.periodEnd,
    point.country,
    point.region,
    point.municipality,
    point.programme,
    point.sex,
    point.role,
  ].join('|');

/** The periods of a range, computed here independently of the API: calendar periods clipped to the range. */
function periodsOf(from: string, to: string, period: Ask['period']): { start: string; end: string }[] {
  if (period === 'CUSTOM') return [{ start: from, end: to }];
  const months = { YEAR: 12, HALF_YEAR: 6, QUARTER: 3 }[period];
  const periods: { start: string; end: string }[] = [];
  let year = Number(from.slice(0, 4));
  let month = Math.floor((Number(from.slice(5, 7)) - 1) / months) * months + 1;
  for (;;) {
    const start = `${year}-${String(month).padStart(2, '0')}-01`;
    if (start > to) return periods;
    const endMonth = month + months - 1;
    const end = `${year}-${String(endMonth).padStart(2, '0')}-${new Date(Date.UTC(year, endMonth, 0)).getUTCDate()}`;
    periods.push({ start: start < from ? from : start, end: end > to ? to : end });
    month += months;
    if (month > 12) [year, month] = [year + 1, month - 12];
  }
}

/** The series the API should answer, computed in JavaScript from the generated rows. */
function expectedSeries(data: GeneratedMunicipalData, ask: Ask, viewerIsAdmin: boolean): Point[] {
  const indicator = data.indicators.find((candidate) => candidate.code === ask.indicator)!;
  const groupBy = new Set(ask.groupBy ?? []);
  const statuses = (ask.reviewStatuses ?? [ReviewStatus.APPROVED]).filter(
    (status) => viewerIsAdmin || status === ReviewStatus.APPROVED,
  );
  const place = (id: number | null) => (id === null ? null : data.places.find((candidate) => candidate.id === id)!);
  const subtree = (code: string) => {
    const ids = new Set([data.programmes.find((programme) => programme.code === code)!.id]);
    for (let grew = true; grew;) {
      grew = false;
      for (const programme of data.programmes)
        if (programme.parentId !== null && ids.has(programme.parentId) && !ids.has(programme.id)) {
          ids.add(programme.id);
          grew = true;
        }
    }
    return ids;
  };
  const programmes = ask.filter?.programme ? subtree(ask.filter.programme) : null;
  const filterPlace = ask.filter?.municipality
    ? data.places.find((candidate) => candidate.code === ask.filter!.municipality)!
    : null;
  const members = (row: GeneratedObservation) => {
    const at = place(row.municipalityId);
    const programmeId =
      row.programmeId ??
      (row.initiativeId === null
        ? null
        : data.initiatives.find((initiative) => initiative.id === row.initiativeId)!.programmeId);
    return {
      country: row.countryCode ?? at?.countryCode ?? null,
      region: at === null ? null : at.kind === MunicipalityKind.REGION ? at.code : place(at.parentId)!.code,
      municipality: at?.code ?? null,
      programme: programmeId === null ? null : data.programmes.find((programme) => programme.id === programmeId)!.code,
      sex: row.sex,
      role: row.role,
    };
  };
  const rows = data.observations
    .map((row, index) => ({ row, id: index + 1, members: members(row) }))
    .filter(
      ({ row, members: m }) =>
        row.indicatorCode === ask.indicator &&
        row.kind === 'ACTUAL' &&
        statuses.includes(row.reviewStatus) &&
        (groupBy.has('SEX') || row.sex === 'TOTAL') &&
        (groupBy.has('ROLE') ? row.role !== null : row.role === null) &&
        (!ask.filter?.country || m.country === ask.filter.country) &&
        (!filterPlace ||
          row.municipalityId === filterPlace.id ||
          place(row.municipalityId)?.parentId === filterPlace.id) &&
        (!programmes ||
          (m.programme !== null &&
            programmes.has(data.programmes.find((programme) => programme.code === m.programme)!.id))) &&
        (!ask.filter?.scopeKinds || ask.filter.scopeKinds.includes(row.scopeKind)),
    );
  const groupOf = (m: ReturnType<typeof members>) => ({
    country: groupBy.has('COUNTRY') ? m.country : null,
    region: groupBy.has('REGION') ? m.region : null,
    municipality: groupBy.has('MUNICIPALITY') ? m.municipality : null,
    programme: groupBy.has('PROGRAMME') ? m.programme : null,
    sex: groupBy.has('SEX') ? m.sex : null,
    role: groupBy.has('ROLE') ? m.role : null,
  });
  const periods = periodsOf(ask.from, ask.to, ask.period);
  const cells = new Map<string, typeof rows>();
  const groups = new Map<string, ReturnType<typeof groupOf>>();
  for (const entry of rows) {
    for (const period of periods) {
      if (entry.row.periodStart < period.start || entry.row.periodEnd > period.end) continue;
      const group = groupOf(entry.members);
      const groupKey = JSON.stringify(group);
      groups.set(groupKey, group);
      const key = `${period.start}|${groupKey}`;
      cells.set(key, [...(cells.get(key) ?? []), entry]);
    }
  }
  if (groupBy.size === 0) {
    const whole = groupOf(members(data.observations[0]));
    groups.set(JSON.stringify(whole), whole);
  }
  const points: Point[] = [];
  for (const [groupKey, group] of groups) {
    for (const period of periods) {
      const inCell = cells.get(`${period.start}|${groupKey}`) ?? [];
      let value: number | null = null;
      let numerator: number | null = null;
      let denominator: number | null = null;
      let observationCount = inCell.length;
      let excludedCount = 0;
      const sum = (values: number[]) => values.reduce((total, next) => total + next, 0);
      if (indicator.aggregation === IndicatorAggregation.SUM && inCell.length)
        value = sum(inCell.map(({ row }) => row.value));
      if (indicator.aggregation === IndicatorAggregation.MEAN && inCell.length)
        value = sum(inCell.map(({ row }) => row.value)) / inCell.length;
      if (indicator.aggregation === IndicatorAggregation.LATEST) {
        const latest = new Map<string, (typeof inCell)[number]>();
        for (const entry of inCell) {
          const { row } = entry;
          const scope = [
            row.scopeKind,
            row.countryCode,
            row.programmeId,
            row.initiativeId,
            row.municipalityId,
            row.sex,
            row.role,
          ].join('|');
          const held = latest.get(scope);
          const later =
            !held ||
            [row.periodEnd, row.periodStart, String(entry.id).padStart(9, '0')].join() >
              [held.row.periodEnd, held.row.periodStart, String(held.id).padStart(9, '0')].join();
          if (later) latest.set(scope, entry);
        }
        observationCount = latest.size;
        if (latest.size) value = sum([...latest.values()].map(({ row }) => row.value));
      }
      if (indicator.aggregation === IndicatorAggregation.SHARE) {
        const weighable = inCell.filter(({ row }) => row.numerator !== null && row.denominator !== null);
        observationCount = weighable.length;
        excludedCount = inCell.length - weighable.length;
        if (weighable.length) {
          numerator = sum(weighable.map(({ row }) => row.numerator!));
          denominator = sum(weighable.map(({ row }) => row.denominator!));
          value = denominator === 0 ? null : (100 * numerator) / denominator;
        }
      }
      points.push({
        periodStart: period.start,
        periodEnd: period.end,
        ...group,
        value,
        numerator,
        denominator,
        observationCount,
        excludedCount,
        empty: inCell.length === 0,
      });
    }
  }
  return points;
}

/** The API's points, members flattened to their codes. */
function flatten(points: Record<string, any>[]): Point[] {
  return points.map((point) => ({
    ...point,
    country: point.country?.code ?? null,
    region: point.region?.code ?? null,
    municipality: point.municipality?.code ?? null,
    programme: point.programme?.code ?? null,
  })) as Point[];
}

/** Asserts the API's points are exactly the expected ones: the same periods and groups, the same aggregates. */
function expectSamePoints(actual: Point[], expected: Point[]): void {
  expect(actual.map(keyOf).sort()).toEqual(expected.map(keyOf).sort());
  const byKey = new Map(expected.map((point) => [keyOf(point), point]));
  const mismatches: string[] = [];
  const close = (a: number | null, b: number | null) =>
    a === null || b === null ? a === b : Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
  for (const point of actual) {
    const want = byKey.get(keyOf(point))!;
    const same =
      close(point.value, want.value) &&
      close(point.numerator, want.numerator) &&
      close(point.denominator, want.denominator) &&
      point.observationCount === want.observationCount &&
      point.excludedCount === want.excludedCount &&
      point.empty === want.empty;
    if (!same) mismatches.push(`${keyOf(point)}: got ${JSON.stringify(point)}, expected ${JSON.stringify(want)}`);
  }
  expect(mismatches.slice(0, 5)).toEqual([]);
}

describe('series over generated municipal data', () => {
  let hub: TestHub;
  let data: GeneratedMunicipalData;

  /** Runs `ask` and checks every point against the independent computation; returns the points and the statement count. */
  async function check(ask: Ask, viewer?: Viewer) {
    const variables: Record<string, unknown> = { ...ask };
    if (ask.filter?.municipality)
      variables.filter = {
        ...ask.filter,
        municipality: toGlobalId(
          'Municipality',
          data.places.find((place) => place.code === ask.filter!.municipality)!.id,
        ),
      };
    for (const key of Object.keys(variables)) if (variables[key] === undefined) delete variables[key];
    const { data: answer, errors, statements } = await hub.query(SERIES, variables, viewer);
    expect(errors).toBeUndefined();
    const points = flatten(answer!.series.points);
    const expected = expectedSeries(data, ask, viewer?.role === Role.ADMIN);
    expectSamePoints(points, expected);
    return { points, statements };
  }

  beforeAll(async () => {
    data = generateMunicipalData();
    hub = await initScratchHub();
    await loadMunicipalData(hub.orm.em.fork(), data);
  }, 120_000);
  afterAll(() => hub?.close());

  it('generates the same data from the same seed', () => {
    expect(generateMunicipalData().observations).toEqual(data.observations);
    expect(data.places.filter((place) => place.kind !== MunicipalityKind.REGION)).toHaveLength(310);
    expect(data.observations.length).toBeGreaterThan(25_000);
  });

  it('sums a sex-disaggregated count by year, every year present and the empty ones marked', async () => {
    const { points, statements } = await check({
      indicator: TRAINED,
      from: '2018-01-01',
      to: '2024-12-31',
      period: 'YEAR',
    });
    expect(points.map((point) => point.periodStart)).toEqual(
      ['2018', '2019', '2020', '2021', '2022', '2023', '2024'].map((year) => `${year}-01-01`),
    );
    expect(points.filter((point) => point.empty).map((point) => point.periodStart)).toEqual([
      '2018-01-01',
      '2024-01-01',
    ]);
    expect(points[0]).toMatchObject({ value: null, observationCount: 0, empty: true });
    expect(statements).toBe(2); // the indicator, the series
  });

  it('sums by region and quarter, with a quarter nobody reported present for every region', async () => {
    const { points } = await check({
      indicator: TRAINED,
      from: '2019-01-01',
      to: '2023-12-31',
      period: 'QUARTER',
      groupBy: ['REGION'],
    });
    const gapStart = `${TRAINED_GAP_QUARTER.year}-${String(TRAINED_GAP_QUARTER.quarter * 3 - 2).padStart(2, '0')}-01`;
    const gap = points.filter((point) => point.periodStart === gapStart);
    expect(gap.length).toBeGreaterThanOrEqual(22);
    for (const point of gap.filter((candidate) => candidate.region !== null))
      expect(point).toMatchObject({ empty: true, value: null });
    const silent = points.filter(
      (point) =>
        point.region === TRAINED_GAP_REGION.code && point.periodStart.startsWith(String(TRAINED_GAP_REGION.year)),
    );
    expect(silent.length).toBe(4);
    // the region's own yearly values do not lie inside a quarter either
    for (const point of silent) expect(point.empty).toBe(true);
  });

  it("sums by region and year, the region's own values counting for it", async () => {
    const { points } = await check({
      indicator: TRAINED,
      from: '2019-01-01',
      to: '2023-12-31',
      period: 'YEAR',
      groupBy: ['REGION'],
    });
    expect(new Set(points.map((point) => point.region)).size).toBe(23); // 22 regions and the values in none (initiatives, programmes)
  });

  it('takes the latest of a stock per scope, by country and sex', async () => {
    const { points } = await check({
      indicator: STRATEGISTS,
      from: '2019-01-01',
      to: '2023-12-31',
      period: 'YEAR',
      groupBy: ['COUNTRY', 'SEX'],
    });
    expect(new Set(points.map((point) => `${point.country}|${point.sex}`))).toEqual(
      new Set(['SE|FEMALE', 'SE|MALE', 'SE|TOTAL', 'NO|FEMALE', 'NO|MALE', 'NO|TOTAL']),
    );
    await check({
      indicator: STRATEGISTS,
      from: '2019-01-01',
      to: '2023-12-31',
      period: 'QUARTER',
      groupBy: ['COUNTRY', 'SEX'],
    });
  });

  it('rolls a share up as the sum of numerators over the sum of denominators, never the mean of percentages', async () => {
    const { points } = await check({
      indicator: WOMEN_MANAGERS,
      from: '2019-01-01',
      to: '2023-12-31',
      period: 'YEAR',
      filter: { country: 'SE', scopeKinds: ['MUNICIPALITY'] },
    });
    for (const point of points) {
      expect(point.value).toBeCloseTo((100 * point.numerator!) / point.denominator!, 9);
      const weighable = data.observations.filter(
        (row) =>
          row.indicatorCode === WOMEN_MANAGERS &&
          row.scopeKind === 'MUNICIPALITY' &&
          row.reviewStatus === ReviewStatus.APPROVED &&
          row.periodStart.startsWith(point.periodStart.slice(0, 4)) &&
          row.numerator !== null &&
          row.denominator !== null &&
          data.places[row.municipalityId! - 1].countryCode === 'SE',
      );
      const meanOfPercentages = weighable.reduce((total, row) => total + row.value, 0) / weighable.length;
      expect(Math.abs(point.value! - meanOfPercentages)).toBeGreaterThan(0.1);
      expect(point.excludedCount).toBeGreaterThan(0);
    }
  });

  it('shares by municipality within a region, and over a custom range clipped to it', async () => {
    const { points } = await check({
      indicator: WOMEN_MANAGERS,
      from: '2019-01-01',
      to: '2023-12-31',
      period: 'YEAR',
      groupBy: ['MUNICIPALITY'],
      filter: { municipality: '05' },
    });
    expect(new Set(points.map((point) => point.municipality)).size).toBeGreaterThan(10);
    await check({
      indicator: WOMEN_MANAGERS,
      from: '2019-01-01',
      to: '2023-12-31',
      period: 'CUSTOM',
      groupBy: ['REGION'],
    });
    const clipped = await check({ indicator: WOMEN_MANAGERS, from: '2019-03-01', to: '2022-12-31', period: 'CUSTOM' });
    // 2019's yearly values start before the range: they do not lie inside it
    expect(clipped.points).toHaveLength(1);
    expect(clipped.points[0]).toMatchObject({ periodStart: '2019-03-01', periodEnd: '2022-12-31' });
  });

  it('averages half-yearly scores by country, and by half-year', async () => {
    await check({
      indicator: SATISFACTION,
      from: '2019-01-01',
      to: '2023-12-31',
      period: 'YEAR',
      groupBy: ['COUNTRY'],
    });
    const { points } = await check({
      indicator: SATISFACTION,
      from: '2019-04-01',
      to: '2024-06-30',
      period: 'HALF_YEAR',
    });
    expect(points[0]).toMatchObject({ periodStart: '2019-04-01', periodEnd: '2019-06-30', empty: true });
    expect(points.at(-1)).toMatchObject({ periodStart: '2024-01-01', periodEnd: '2024-06-30', empty: true });
  });

  it('groups by programme up the programme tree, and by role', async () => {
    const { points } = await check({
      indicator: TRAINED,
      from: '2019-01-01',
      to: '2023-12-31',
      period: 'YEAR',
      groupBy: ['PROGRAMME', 'SEX'],
      filter: { programme: 'GEN_PARENT' },
    });
    expect(new Set(points.map((point) => point.programme))).toEqual(new Set(['GEN_PARENT', 'GEN_CHILD']));
    await check({
      indicator: TRAINED,
      from: '2019-01-01',
      to: '2023-12-31',
      period: 'YEAR',
      groupBy: ['PROGRAMME', 'ROLE'],
    });
    await check({
      indicator: TRAINED,
      from: '2019-01-01',
      to: '2023-12-31',
      period: 'CUSTOM',
      groupBy: ['ROLE', 'SEX'],
    });
  });

  it('walks a programme tree that a cycle stored by SQL closed, ending instead of looping', async () => {
    const em = hub.orm.em.fork();
    await em.execute(
      `update programme set parent_id = (select id from programme where code = 'GEN_CHILD') where code = 'GEN_PARENT'`,
    );
    let timer: NodeJS.Timeout | undefined;
    try {
      const looping = new Promise<'looping'>((resolve) => (timer = setTimeout(() => resolve('looping'), 5_000)));
      const answer = await Promise.race([
        hub.query(SERIES, {
          indicator: TRAINED,
          from: '2019-01-01',
          to: '2023-12-31',
          period: 'YEAR',
          groupBy: ['PROGRAMME'],
          filter: { programme: 'GEN_PARENT' },
        }),
        looping,
      ]);
      if (answer === 'looping')
        await em.execute(
          'select pg_cancel_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
        );
      expect(answer).not.toBe('looping');
      if (answer === 'looping') return;
      expect(answer.errors).toBeUndefined();
      expect(
        new Set(
          answer.data!.series.points.map((point: { programme: { code: string } | null }) => point.programme?.code),
        ),
      ).toEqual(new Set(['GEN_PARENT', 'GEN_CHILD']));
    } finally {
      clearTimeout(timer);
      await em.execute(`update programme set parent_id = null where code = 'GEN_PARENT'`);
    }
  });

  it('counts unapproved values only when asked, and only for viewers who may read them', async () => {
    const ask: Ask = {
      indicator: TRAINED,
      from: '2019-01-01',
      to: '2023-12-31',
      period: 'YEAR',
      groupBy: ['COUNTRY', 'SEX'],
      reviewStatuses: ALL_STATUSES,
    };
    const admin = await check(ask, ADMIN);
    const approved = await check({ ...ask, reviewStatuses: undefined }, ADMIN);
    const sum = (points: Point[]) => points.reduce((total, point) => total + (point.value ?? 0), 0);
    expect(sum(admin.points)).toBeGreaterThan(sum(approved.points));
    // an anonymous client asking for everything still counts only what it may read: approved values
    const anonymous = await check(ask);
    expect(sum(anonymous.points)).toBe(sum(approved.points));
    const submitted = await check(
      {
        indicator: WOMEN_MANAGERS,
        from: '2019-01-01',
        to: '2023-12-31',
        period: 'YEAR',
        groupBy: ['REGION'],
        reviewStatuses: [ReviewStatus.SUBMITTED],
      },
      ADMIN,
    );
    expect(submitted.points.filter((point) => !point.empty).length).toBeGreaterThan(10);
  });

  it('runs the same number of statements for a small request and a large one', async () => {
    const small = await check({
      indicator: TRAINED,
      from: '2021-01-01',
      to: '2021-12-31',
      period: 'YEAR',
      groupBy: ['MUNICIPALITY', 'SEX'],
      filter: { country: 'NO' },
    });
    const large = await check({
      indicator: TRAINED,
      from: '2019-01-01',
      to: '2023-12-31',
      period: 'QUARTER',
      groupBy: ['MUNICIPALITY', 'SEX'],
      filter: { country: 'SE' },
    });
    expect(large.points.length).toBeGreaterThan(10_000);
    expect(small.points.length).toBeLessThan(50);
    expect(small.statements).toBe(3); // the indicator, the series, the municipalities
    expect(large.statements).toBe(small.statements);
  });

  it('refuses bad input, naming the argument', async () => {
    const ask = { indicator: TRAINED, from: '2019-01-01', to: '2023-12-31', period: 'YEAR' };
    expectOneError((await hub.query(SERIES, { ...ask, from: '2024-01-01' })).errors, 'BAD_USER_INPUT', 'to');
    expectOneError(
      (await hub.query(SERIES, { ...ask, indicator: 'NO_SUCH_INDICATOR' })).errors,
      'NOT_FOUND',
      'indicator',
    );
    expectOneError(
      (await hub.query(SERIES, { ...ask, from: '1900-01-01', period: 'QUARTER' })).errors,
      'BAD_USER_INPUT',
      'period',
    );
    expectOneError(
      (await hub.query(SERIES, { ...ask, indicator: WOMEN_MANAGERS, groupBy: ['SEX'] })).errors,
      'BAD_USER_INPUT',
      'groupBy',
    );
    expectOneError(
      (await hub.query(SERIES, { ...ask, indicator: STRATEGISTS, groupBy: ['ROLE'] })).errors,
      'BAD_USER_INPUT',
      'groupBy',
    );
    expectOneError(
      (await hub.query(SERIES, { ...ask, reviewStatuses: [] })).errors,
      'BAD_USER_INPUT',
      'reviewStatuses',
    );
    expectOneError(
      (await hub.query(SERIES, { ...ask, filter: { programme: 'NO_SUCH_PROGRAMME' } })).errors,
      'NOT_FOUND',
      'filter.programme',
    );
    expectOneError(
      (await hub.query(SERIES, { ...ask, filter: { municipality: toGlobalId('Programme', 1) } })).errors,
      'BAD_USER_INPUT',
      'filter.municipality',
    );
    expectOneError(
      (await hub.query(SERIES, { ...ask, filter: { municipality: toGlobalId('Municipality', 999_999) } })).errors,
      'NOT_FOUND',
      'filter.municipality',
    );
    const tooMany = await hub.query(SERIES, {
      ...ask,
      period: 'QUARTER',
      from: '1930-01-01',
      to: '2024-12-31',
      groupBy: ['MUNICIPALITY', 'SEX'],
    });
    expectOneError(tooMany.errors, 'BAD_USER_INPUT', 'groupBy');
  });
});
