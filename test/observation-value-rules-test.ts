import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/auth/api-tokens';
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
import { Municipality, MunicipalityKind } from '../src/entities/municipality.entity';
import { Role } from '../src/entities/role.enum';
import { CSV_COLUMN_OF_FIELD } from '../src/import/csv-columns';
import { toGlobalId } from '../src/schema/global-id';
import { OBSERVATION_VALUE_RULES, type ObservationValueRuleName } from '../src/writes/observation-value-rules';
import { initScratchHub, type TestHub } from './support/test-hub';

const SUBMIT = `mutation ($rows: [ObservationInput!]!) { submitObservations(rows: $rows) { received } }`;
const HEADER =
  'indicator,country,municipality,period_start,period_end,sex,role,kind,value,numerator,denominator,source,evidence_urls';

/** A value as both ways in take it; what is not given is a good default. */
interface BadRow {
  indicator?: string;
  periodStart?: string;
  periodEnd?: string;
  sex?: string;
  role?: string;
  value?: number;
  numerator?: number;
  denominator?: number;
  evidenceUrls?: string[];
}

/** One row breaking each rule, and no other. */
const BAD_ROWS: Record<ObservationValueRuleName, BadRow> = {
  knownIndicator: { indicator: 'NO_SUCH_INDICATOR' },
  reportedIndicator: { indicator: 'COMPUTED_COUNT' },
  periodInOrder: { periodStart: '1990-02-02', periodEnd: '1990-02-01' },
  percentFrom0To100: { indicator: 'SHARE', value: 120.5 },
  boolean0Or1: { indicator: 'ADOPTED', value: 2 },
  countWholeNotNegative: { value: 2.5 },
  sexOnlyWhenSplitBySex: { sex: 'FEMALE' },
  roleOnlyWhenSplitByRole: { role: 'POLITICIAN' },
  valueFitsStorage: { indicator: 'SCORE', value: 1e16 },
  numeratorNotNegative: { numerator: -3 },
  numeratorFitsStorage: { numerator: 2e16 },
  denominatorPositive: { denominator: 0 },
  denominatorFitsStorage: { denominator: 3e16 },
  evidenceUrlsAtMost20: { evidenceUrls: Array.from({ length: 21 }, (_, n) => `https://example.org/${n}`) },
  evidenceUrlsWebLinks: { evidenceUrls: ['javascript:alert(1)'] },
};
const RULES = Object.keys(BAD_ROWS) as ObservationValueRuleName[];

/** The day of the `n`th row, so no two rows share a natural key. */
const day = (n: number) => new Date(Date.UTC(1990, 3, 1) + n * 86_400_000).toISOString().slice(0, 10);

describe('the observation value rules, through submitObservations and the CSV import', () => {
  let hub: TestHub;
  let graphqlUrl = '';
  let importUrl = '';
  let secret = '';
  let scope = '';

  beforeAll(async () => {
    hub = await initScratchHub();
    const em = hub.orm.em.fork();
    em.create(Country, { code: 'NO', nameEn: 'Norway', nameLocal: 'Norge' });
    await em.flush();
    const bergen = em.create(Municipality, {
      countryCode: 'NO',
      code: '1201',
      nameLocal: 'Bergen',
      kind: MunicipalityKind.MUNICIPALITY,
    });
    const indicator = (code: string, unit: IndicatorUnit, computation = IndicatorComputation.REPORTED) =>
      em.create(Indicator, {
        code,
        nameEn: code,
        unit,
        level: IndicatorLevel.OUTPUT,
        direction: IndicatorDirection.NEUTRAL,
        aggregation: IndicatorAggregation.SUM,
        computation,
        disaggregations: [] as Disaggregation[],
      });
    indicator('TRAINED', IndicatorUnit.COUNT);
    indicator('COMPUTED_COUNT', IndicatorUnit.COUNT, IndicatorComputation.COMPUTED);
    indicator('SHARE', IndicatorUnit.PERCENT);
    indicator('ADOPTED', IndicatorUnit.BOOLEAN);
    indicator('SCORE', IndicatorUnit.SCORE);
    await em.flush();
    scope = toGlobalId('Municipality', bergen.id);
    secret = (await createApiToken(hub.orm.em.fork(), { name: 'admin', role: Role.ADMIN })).secret;
    graphqlUrl = await hub.listen();
    importUrl = graphqlUrl.replace(/\/graphql$/, '/import/observations');
  });
  afterAll(() => hub.close());

  /** The rows, filled in: each its own day unless it sets its period. */
  const filled = (rows: BadRow[]) =>
    rows.map((row, n) => ({
      indicator: 'TRAINED',
      periodStart: day(n),
      periodEnd: day(n),
      sex: 'TOTAL',
      value: 5,
      evidenceUrls: [] as string[],
      ...row,
    }));

  /** Each row's problems (field: message) through `submitObservations` over HTTP, by row. */
  async function submitted(rows: BadRow[]): Promise<string[][]> {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({
        query: SUBMIT,
        variables: { rows: filled(rows).map((row) => ({ ...row, scope, kind: 'ACTUAL' })) },
      }),
    });
    const body = (await response.json()) as {
      errors: { extensions: { code: string; rows: { index: number; field: string; reason: string }[] } }[];
    };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    return rows.map((_, index) =>
      body.errors[0].extensions.rows
        .filter((problem) => problem.index === index)
        .map((problem) => `${problem.field}: ${problem.reason}`),
    );
  }

  /** Each row's problems (field: message) through the CSV import over HTTP, by row, the fields and messages named as `submitObservations` names them. */
  async function imported(rows: BadRow[]): Promise<string[][]> {
    const lines = filled(rows).map((row) =>
      [
        row.indicator,
        'NO',
        '1201',
        row.periodStart,
        row.periodEnd,
        row.sex,
        row.role ?? '',
        'ACTUAL',
        row.value,
        row.numerator ?? '',
        row.denominator ?? '',
        '',
        row.evidenceUrls.join(' '),
      ].join(','),
    );
    const response = await fetch(importUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${secret}` },
      body: `${[HEADER, ...lines].join('\n')}\n`,
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      errors: { message: string; extensions: { line: number; field: string | null } }[];
    };
    const fieldOfColumn = new Map<string, string>(
      Object.entries(CSV_COLUMN_OF_FIELD).map(([field, column]) => [column, field]),
    );
    const inGraphqlNames = (text: string) =>
      text.replace(/\b[a-z]+(_[a-z]+)+\b/g, (column) => fieldOfColumn.get(column) ?? column);
    return rows.map((_, index) =>
      body.errors
        .filter((error) => error.extensions.line === index + 2)
        .map((error) =>
          inGraphqlNames(`${error.extensions.field}: ${error.message.replace(/^line \d+, [a-z_]+: /, '')}`),
        ),
    );
  }

  it('has a bad row for every rule', () => {
    expect([...RULES].sort()).toEqual(Object.keys(OBSERVATION_VALUE_RULES).sort());
  });

  it('answers each bad row with its one rule broken, in the same words both ways', async () => {
    const rows = RULES.map((rule) => BAD_ROWS[rule]);
    const [viaGraphql, viaCsv] = await Promise.all([submitted(rows), imported(rows)]);
    RULES.forEach((rule, index) => {
      expect({ rule, problems: viaGraphql[index] }).toEqual({
        rule,
        problems: [expect.stringMatching(new RegExp(`^${OBSERVATION_VALUE_RULES[rule].field}: `))],
      });
      expect({ rule, problems: viaCsv[index] }).toEqual({ rule, problems: viaGraphql[index] });
    });
    expect(viaGraphql.flat()).toContain('sex: TRAINED is not split by sex; its values are TOTAL, the default.');
    expect(viaGraphql.flat()).toContain('periodEnd: 1990-02-01 is before periodStart 1990-02-02.');
  });
});
