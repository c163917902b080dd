import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/entities/role.enum';
import { anonymousViewer, type Viewer } from '../src/auth/viewer';
import { Disaggregation } from '../src/entities/indicator.entity';
import { Municipality, MunicipalityKind } from '../src/entities/municipality.entity';
import { ReviewStatus } from '../src/entities/observation.entity';
import { ProgrammeParticipant } from '../src/entities/programme-participant.entity';
import { Programme } from '../src/entities/programme.entity';
import { expectOneError } from './support/expect-error';
import {
  generateMunicipalData,
  loadMunicipalData,
  SATISFACTION,
  STRATEGISTS,
  TRAINED,
  WOMEN_MANAGERS,
  type GeneratedMunicipalData,
} from './support/generated-municipal-data';
import { initScratchHub, type TestHub } from './support/test-hub';

const REPORT_FIELDS = /* GraphQL */ `
  country { code } programme { code } periodCount scopeCount expectedCount presentCount missingCount completeness
  indicators { indicator { code } expectedCount presentCount missingCount completeness }
  scopes(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      scopeKind
      scope { ... on Municipality { code } ... on Programme { programmeCode: code } }
      expectedCount presentCount missingCount completeness
      missingCells(first: $cells, after: $cellsAfter) { totalCount pageInfo { hasNextPage endCursor } nodes { indicator { code } periodStart periodEnd sex } }
    }
  }
`;
const MUNICIPAL = /* GraphQL */ `
  query Municipal($country: CountryCode!, $indicators: [String!]!, $from: LocalDate!, $to: LocalDate!, $period: PeriodType!, $kind: MunicipalityKind,
                  $reviewStatuses: [ReviewStatus!], $first: Int = 50, $after: String, $cells: Int = 50, $cellsAfter: String) {
    municipalityCompleteness(country: $country, indicators: $indicators, from: $from, to: $to, period: $period, kind: $kind, reviewStatuses: $reviewStatuses) { ${REPORT_FIELDS} }
  }
`;
const PROGRAMME = /* GraphQL */ `
  query Programme($programme: String!, $indicators: [String!]!, $from: LocalDate!, $to: LocalDate!, $period: PeriodType!,
                  $reviewStatuses: [ReviewStatus!], $first: Int = 50, $after: String, $cells: Int = 50, $cellsAfter: String) {
    programmeCompleteness(programme: $programme, indicators: $indicators, from: $from, to: $to, period: $period, reviewStatuses: $reviewStatuses) { ${REPORT_FIELDS} }
  }
`;

const ADMIN: Viewer = {
  key: 'token:completeness-admin',
  tokenId: 1,
  role: Role.ADMIN,
  organisationIds: [],
  municipalityIds: [],
};
const ALL_STATUSES = [ReviewStatus.APPROVED, ReviewStatus.SUBMITTED, ReviewStatus.DRAFT, ReviewStatus.RETURNED];
const EVERY_INDICATOR = [STRATEGISTS, WOMEN_MANAGERS, TRAINED, SATISFACTION];

let callers = 0;
/** `viewer` (anonymous when not given) under a key of its own: the rate budget is not under test, and paging every scope spends much of one. */
const asCaller = (viewer?: Viewer): Viewer =>
  viewer ? { ...viewer, key: `${viewer.key}-${++callers}` } : anonymousViewer(`completeness-${++callers}`);

/** The participants and end dates this test adds to the generated country, by official code. */
const PARENT_PARTICIPANTS = [
  '05',
  ...Array.from({ length: 15 }, (_, k) => `05${String(k + 1).padStart(2, '0')}`),
  '5101',
  '5102',
  '5103',
];
const OTHER_PARTICIPANTS = ['0701', '0702'];
const VALID_TO: Record<string, string> = {
  '0503': '2021-06-30',
  '0504': '2018-12-31',
  '0702': '2022-03-31',
  '5102': '2020-12-31',
};

type Period = 'YEAR' | 'HALF_YEAR' | 'QUARTER' | 'CUSTOM';
interface Ask {
  indicators: string[];
  from: string;
  to: string;
  period: Period;
  reviewStatuses?: ReviewStatus[];
  country?: string;
  kind?: MunicipalityKind;
  programme?: string;
}
interface Cell {
  indicator: string;
  periodStart: string;
  periodEnd: string;
  sex: string;
}
interface ScopeCounts {
  key: string;
  name: string;
  expected: number;
  present: number;
  missing: Cell[];
  byIndicator: Record<string, { expected: number; present: number }>;
}

/** The periods of a range, computed here independently of the API: calendar periods clipped to the range. */
function periodsOf(from: string, to: string, period: Period): { start: string; end: string }[] {
  if (period === 'CUSTOM') return [{ start: from, end: to }];
  const months = { YEAR: 12, HALF_YEAR: 6, QUARTER: 3 }[period];
  const periods: { start: string; end: string }[] = [];
  for (let year = Number(from.slice(0, 4)); ; year++) {
    for (let month = 1; month <= 12; month += months) {
      const start = `${year}-${String(month).padStart(2, '0')}-01`;
      const endMonth = month + months - 1;
      const end = `${year}-${String(endMonth).padStart(2, '0')}-${new Date(Date.UTC(year, endMonth, 0)).getUTCDate()}`;
      if (start > to) return periods;
      if (end >= from) periods.push({ start: start < from ? from : start, end: end > to ? to : end });
    }
  }
}

describe('data completeness over generated municipal data', () => {
  let hub: TestHub;
  let data: GeneratedMunicipalData;
  const place = (code: string) => data.places.find((candidate) => candidate.code === code)!;

  /** Every scope's expected, present and missing cells, computed in JavaScript from the generated rows. */
  function expectedReport(ask: Ask, viewer: Viewer | undefined): ScopeCounts[] {
    const asked = ask.reviewStatuses ?? [ReviewStatus.APPROVED];
    const readable = (status: ReviewStatus, municipalityId: number | null) =>
      asked.includes(status) &&
      (status === ReviewStatus.APPROVED ||
        viewer?.role === Role.ADMIN ||
        (viewer?.role === Role.REPORTER && municipalityId !== null && viewer.municipalityIds.includes(municipalityId)));
    const existing = (code: string) => !VALID_TO[code] || VALID_TO[code] >= ask.from;
    const scopes: { key: string; name: string; validTo: string | null }[] = [];
    if (ask.country) {
      for (const candidate of data.places) {
        if (
          candidate.countryCode === ask.country &&
          (!ask.kind || candidate.kind === ask.kind) &&
          existing(candidate.code)
        ) {
          scopes.push({
            key: `MUNICIPALITY:${candidate.id}`,
            name: `Place ${candidate.code}`,
            validTo: VALID_TO[candidate.code] ?? null,
          });
        }
      }
    } else {
      const programme = data.programmes.find((candidate) => candidate.code === ask.programme)!;
      scopes.push({ key: `PROGRAMME:${programme.id}`, name: programme.code, validTo: null });
      for (const code of ask.programme === 'GEN_PARENT' ? PARENT_PARTICIPANTS : OTHER_PARTICIPANTS) {
        if (existing(code))
          scopes.push({
            key: `MUNICIPALITY:${place(code).id}`,
            name: `Place ${code}`,
            validTo: VALID_TO[code] ?? null,
          });
      }
    }
    const periods = periodsOf(ask.from, ask.to, ask.period);
    const present = new Set<string>();
    for (const row of data.observations) {
      if (
        !ask.indicators.includes(row.indicatorCode) ||
        row.kind !== 'ACTUAL' ||
        row.role !== null ||
        !readable(row.reviewStatus, row.municipalityId)
      )
        continue;
      const scope =
        row.scopeKind === 'MUNICIPALITY'
          ? `MUNICIPALITY:${row.municipalityId}`
          : row.scopeKind === 'PROGRAMME'
            ? `PROGRAMME:${row.programmeId}`
            : null;
      for (const period of periods) {
        if (scope && row.periodStart >= period.start && row.periodEnd <= period.end)
          present.add(`${scope}|${row.indicatorCode}|${row.sex}|${period.start}`);
      }
    }
    return scopes.map((scope) => {
      const counts: ScopeCounts = {
        key: scope.key,
        name: scope.name,
        expected: 0,
        present: 0,
        missing: [],
        byIndicator: {},
      };
      for (const indicator of ask.indicators) {
        const own = (counts.byIndicator[indicator] = { expected: 0, present: 0 });
        const bySex = data.indicators
          .find((candidate) => candidate.code === indicator)!
          .disaggregations.includes(Disaggregation.SEX);
        for (const period of periods) {
          if (scope.validTo !== null && scope.validTo < period.start) continue;
          for (const sex of bySex ? ['TOTAL', 'FEMALE', 'MALE'] : ['TOTAL']) {
            counts.expected++;
            own.expected++;
            if (present.has(`${scope.key}|${indicator}|${sex}|${period.start}`)) {
              counts.present++;
              own.present++;
            } else counts.missing.push({ indicator, periodStart: period.start, periodEnd: period.end, sex });
          }
        }
      }
      return counts;
    });
  }

  /** Runs `ask`, pages through every scope, and checks every count and missing cell against the independent computation. */
  async function check(ask: Ask, viewer?: Viewer) {
    const { programme, country, ...common } = ask;
    const operation = programme ? PROGRAMME : MUNICIPAL;
    const variables: Record<string, unknown> = programme ? { ...common, programme } : { ...common, country };
    for (const key of Object.keys(variables)) if (variables[key] === undefined) delete variables[key];
    const expected = expectedReport(ask, viewer);
    const scopes: Record<string, any>[] = [];
    let report: Record<string, any> | undefined;
    const statements: number[] = [];
    for (let after: string | undefined; ;) {
      const answer = await hub.query(operation, { ...variables, after }, asCaller(viewer));
      expect(answer.errors).toBeUndefined();
      report = answer.data![programme ? 'programmeCompleteness' : 'municipalityCompleteness'];
      statements.push(answer.statements);
      scopes.push(...report!.scopes.nodes);
      if (!report!.scopes.pageInfo.hasNextPage) break;
      after = report!.scopes.pageInfo.endCursor;
    }
    const sum = (pick: (scope: ScopeCounts) => number) => expected.reduce((total, scope) => total + pick(scope), 0);
    const expectedCount = sum((scope) => scope.expected);
    const presentCount = sum((scope) => scope.present);
    expect(report).toMatchObject({
      scopeCount: expected.length,
      expectedCount,
      presentCount,
      missingCount: expectedCount - presentCount,
      periodCount: periodsOf(ask.from, ask.to, ask.period).length,
    });
    expect(report!.completeness).toBeCloseTo(presentCount / expectedCount, 12);
    expect(report!.scopes.totalCount).toBe(expected.length);
    expect(report!.indicators.map((row: { indicator: { code: string } }) => row.indicator.code)).toEqual(
      ask.indicators,
    );
    for (const row of report!.indicators) {
      const code: string = row.indicator.code;
      const indicatorExpected = sum((scope) => scope.byIndicator[code].expected);
      const indicatorPresent = sum((scope) => scope.byIndicator[code].present);
      expect(row, code).toMatchObject({
        expectedCount: indicatorExpected,
        presentCount: indicatorPresent,
        missingCount: indicatorExpected - indicatorPresent,
      });
      expect(row.completeness).toBeCloseTo(indicatorPresent / indicatorExpected, 12);
    }

    // Every scope, in order: least complete first, the programme first among equals, then by name.
    const keyOf = (node: Record<string, any>) =>
      node.scopeKind === 'PROGRAMME'
        ? `PROGRAMME:${data.programmes.find((candidate) => candidate.code === node.scope.programmeCode)!.id}`
        : `MUNICIPALITY:${place(node.scope.code).id}`;
    const order = [...expected].sort(
      (a, b) =>
        a.present * b.expected - b.present * a.expected ||
        Number(b.key.startsWith('PROGRAMME')) - Number(a.key.startsWith('PROGRAMME')) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
    expect(scopes.map(keyOf)).toEqual(order.map((scope) => scope.key));
    const byKey = new Map(expected.map((scope) => [scope.key, scope]));
    for (const node of scopes) {
      const want = byKey.get(keyOf(node))!;
      expect(node, want.key).toMatchObject({
        expectedCount: want.expected,
        presentCount: want.present,
        missingCount: want.missing.length,
        missingCells: { totalCount: want.missing.length },
      });
      expect(node.completeness).toBeCloseTo(want.present / want.expected, 12);
      const cells = node.missingCells.nodes.map((cell: { indicator: { code: string } } & Omit<Cell, 'indicator'>) => ({
        ...cell,
        indicator: cell.indicator.code,
      }));
      expect(cells, want.key).toEqual(want.missing.slice(0, 50));
    }
    return { report: report!, scopes, statements, expected };
  }

  beforeAll(async () => {
    data = generateMunicipalData();
    hub = await initScratchHub();
    const em = hub.orm.em.fork();
    await loadMunicipalData(em, data);
    for (const [code, validTo] of Object.entries(VALID_TO))
      await em.nativeUpdate(Municipality, { id: place(code).id }, { validTo });
    const parent = data.programmes.find((programme) => programme.code === 'GEN_PARENT')!;
    const other = data.programmes.find((programme) => programme.code === 'GEN_OTHER')!;
    const stamps = { createdAt: new Date(), updatedAt: new Date() };
    await em.insertMany(ProgrammeParticipant, [
      ...PARENT_PARTICIPANTS.map((code) => ({ ...stamps, programmeId: parent.id, municipalityId: place(code).id })),
      ...OTHER_PARTICIPANTS.map((code) => ({ ...stamps, programmeId: other.id, municipalityId: place(code).id })),
    ]);
    await em.nativeUpdate(Programme, { id: other.id }, { published: false });
  }, 120_000);
  afterAll(() => hub?.close());

  it("counts a country's municipalities by year, every cell and missing cell as computed independently", async () => {
    const { report, expected } = await check({
      country: 'SE',
      indicators: EVERY_INDICATOR,
      from: '2019-01-01',
      to: '2023-12-31',
      period: 'YEAR',
    });
    // 320 places, less the one gone before 2019; the generated gaps leave cells missing everywhere, but not everything
    expect(report.scopeCount).toBe(319);
    expect(report.presentCount).toBeGreaterThan(report.expectedCount / 3);
    expect(report.missingCount).toBeGreaterThan(1_000);
    // a municipality gone in mid-2021 is expected for 2019-2021 only: 3 years × 8 cells
    expect(expected.find((scope) => scope.key === `MUNICIPALITY:${place('0503').id}`)!.expected).toBe(3 * 8);
  });

  it('counts by quarter and by tier, half-years clipped to the range', async () => {
    await check({
      country: 'NO',
      indicators: [TRAINED, STRATEGISTS],
      from: '2020-02-15',
      to: '2022-12-31',
      period: 'QUARTER',
    });
    await check({
      country: 'SE',
      indicators: [SATISFACTION, WOMEN_MANAGERS],
      from: '2019-04-01',
      to: '2023-12-31',
      period: 'HALF_YEAR',
      kind: MunicipalityKind.CITY,
    });
    await check({
      country: 'NO',
      indicators: [WOMEN_MANAGERS, TRAINED],
      from: '2019-01-01',
      to: '2023-12-31',
      period: 'CUSTOM',
    });
  });

  it('counts a programme with its participating municipalities', async () => {
    const { scopes } = await check({
      programme: 'GEN_PARENT',
      indicators: [TRAINED, WOMEN_MANAGERS],
      from: '2019-01-01',
      to: '2023-12-31',
      period: 'YEAR',
    });
    // the programme reports TRAINED totals yearly, never by sex nor a share: 5 of its 20 cells at most
    const programme = scopes.filter((scope) => scope.scopeKind === 'PROGRAMME');
    expect(programme).toHaveLength(1);
    expect(programme[0]).toMatchObject({ expectedCount: 20 });
    expect(programme[0].presentCount).toBeGreaterThan(0);
    expect(programme[0].presentCount).toBeLessThanOrEqual(5);
    expect(scopes).toHaveLength(PARENT_PARTICIPANTS.length); // 19 participants less 0504, gone before 2019, plus the programme
  });

  it("pages through a scope's missing cells with cursors", async () => {
    const ask = {
      country: 'NO',
      indicators: [TRAINED, STRATEGISTS],
      from: '2019-01-01',
      to: '2023-12-31',
      period: 'QUARTER' as const,
    };
    const expected = expectedReport(ask, undefined);
    const scope = [...expected].sort((a, b) => b.missing.length - a.missing.length)[0];
    expect(scope.missing.length).toBeGreaterThan(30);
    const cells: Cell[] = [];
    for (let cellsAfter: string | undefined; ;) {
      const { data: answer, errors } = await hub.query(
        MUNICIPAL,
        { ...ask, first: 100, cells: 7, cellsAfter },
        asCaller(),
      );
      expect(errors).toBeUndefined();
      const node = answer!.municipalityCompleteness.scopes.nodes.find(
        (candidate: { scope: { code: string } }) => `MUNICIPALITY:${place(candidate.scope.code).id}` === scope.key,
      );
      cells.push(
        ...node.missingCells.nodes.map((cell: { indicator: { code: string } }) => ({
          ...cell,
          indicator: cell.indicator.code,
        })),
      );
      if (!node.missingCells.pageInfo.hasNextPage) break;
      cellsAfter = node.missingCells.pageInfo.endCursor;
    }
    expect(cells).toEqual(scope.missing);
  });

  it('counts unapproved values only when asked, and only those the viewer may read', async () => {
    const ask: Ask = {
      country: 'SE',
      indicators: [TRAINED, WOMEN_MANAGERS],
      from: '2019-01-01',
      to: '2023-12-31',
      period: 'YEAR',
      reviewStatuses: ALL_STATUSES,
    };
    const admin = await check(ask, ADMIN);
    const approved = await check({ ...ask, reviewStatuses: undefined }, ADMIN);
    expect(admin.report.presentCount).toBeGreaterThan(approved.report.presentCount);
    // an anonymous client asking for every state still counts only approved values
    const anonymous = await check(ask);
    expect(anonymous.report.presentCount).toBe(approved.report.presentCount);
    // a reporter counts its own municipality's unapproved values, and only those: one where they fill a cell
    const home = admin.expected.find((scope, index) => scope.present > approved.expected[index].present)!;
    const homeCode = data.places.find((candidate) => `MUNICIPALITY:${candidate.id}` === home.key)!.code;
    const reporter = await check(ask, {
      key: 'token:completeness-reporter',
      tokenId: 2,
      role: Role.REPORTER,
      organisationIds: [],
      municipalityIds: [place(homeCode).id],
    });
    const own = (run: typeof admin) => run.scopes.find((scope) => scope.scope.code === homeCode)!.presentCount;
    expect(own(reporter)).toBe(own(admin));
    expect(own(reporter)).toBeGreaterThan(own(approved));
    expect(reporter.report.presentCount - own(reporter)).toBe(approved.report.presentCount - own(approved));
  });

  it('reports an unpublished programme only to those who may read it', async () => {
    const ask = {
      programme: 'GEN_OTHER',
      indicators: [TRAINED],
      from: '2019-01-01',
      to: '2023-12-31',
      period: 'YEAR' as const,
    };
    expectOneError((await hub.query(PROGRAMME, ask)).errors, 'NOT_FOUND', 'programme');
    const { report } = await check(ask, ADMIN);
    expect(report.scopeCount).toBe(3);
  });

  it('runs the same number of statements for 11 places and for 319', async () => {
    const small = await check({
      country: 'NO',
      indicators: EVERY_INDICATOR,
      from: '2021-01-01',
      to: '2021-12-31',
      period: 'YEAR',
    });
    const large = await check({
      country: 'SE',
      indicators: EVERY_INDICATOR,
      from: '2019-01-01',
      to: '2023-12-31',
      period: 'QUARTER',
      reviewStatuses: ALL_STATUSES,
    });
    expect(small.scopes).toHaveLength(11); // Norway's 12 places less the one gone at the end of 2020
    expect(large.scopes).toHaveLength(319);
    // indicators, country, scope count, summary, the page of scopes, their missing cells, their municipalities
    expect(small.statements).toEqual([7]);
    expect(new Set(large.statements)).toEqual(new Set([7]));
  });

  it('refuses bad input, naming the argument', async () => {
    const ask = { country: 'SE', indicators: [TRAINED], from: '2019-01-01', to: '2023-12-31', period: 'YEAR' };
    expectOneError((await hub.query(MUNICIPAL, { ...ask, from: '2024-01-01' })).errors, 'BAD_USER_INPUT', 'to');
    expectOneError((await hub.query(MUNICIPAL, { ...ask, indicators: [] })).errors, 'BAD_USER_INPUT', 'indicators');
    expectOneError(
      (await hub.query(MUNICIPAL, { ...ask, indicators: [TRAINED, TRAINED] })).errors,
      'BAD_USER_INPUT',
      'indicators[1]',
    );
    const unknown = await hub.query(MUNICIPAL, { ...ask, indicators: [TRAINED, 'NO_SUCH_INDICATOR'] });
    expectOneError(unknown.errors, 'NOT_FOUND', 'indicators[1]');
    expect(unknown.errors![0].message).toContain('NO_SUCH_INDICATOR');
    expectOneError((await hub.query(MUNICIPAL, { ...ask, country: 'FI' })).errors, 'NOT_FOUND', 'country');
    expectOneError(
      (await hub.query(PROGRAMME, { ...ask, country: undefined, programme: 'NO_SUCH_PROGRAMME' })).errors,
      'NOT_FOUND',
      'programme',
    );
    expectOneError(
      (await hub.query(MUNICIPAL, { ...ask, reviewStatuses: [] })).errors,
      'BAD_USER_INPUT',
      'reviewStatuses',
    );
    expectOneError(
      (await hub.query(MUNICIPAL, { ...ask, from: '1900-01-01', period: 'QUARTER' })).errors,
      'BAD_USER_INPUT',
      'period',
    );
    // 380 quarters × 320 places × 8 cells: over the cap, refused before any cell is generated
    const tooMany = await hub.query(MUNICIPAL, {
      ...ask,
      indicators: EVERY_INDICATOR,
      from: '1930-01-01',
      to: '2024-12-31',
      period: 'QUARTER',
    });
    expectOneError(tooMany.errors, 'BAD_USER_INPUT', 'period');
    expect(tooMany.errors![0].message).toContain('972800 expected cells');
    expect(tooMany.statements).toBe(3);
  });
});
