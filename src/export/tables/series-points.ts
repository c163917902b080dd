import type { ExportTable } from '../export-table';
import { HUB_NAME, hubSource } from '../hub-source';
import { checkYearRange } from '../../schema/years';
import {
  checkAsTheApiDoes,
  choiceListParameter,
  choiceParameter,
  integerParameter,
  textParameter,
} from '../query-parameters';

/** The series the series page shows. */
const SERIES = /* GraphQL */ `
  query SeriesPointsExport(
    $indicator: String!
    $from: LocalDate!
    $to: LocalDate!
    $period: PeriodType!
    $groupBy: [SeriesDimension!]!
  ) {
    series(indicator: $indicator, from: $from, to: $to, period: $period, groupBy: $groupBy) {
      indicator {
        code
        nameEn
        unit
        aggregation
        definition
      }
      points {
        periodStart
        periodEnd
        value
        observationCount
        country {
          nameEn
        }
        region {
          nameLocal
        }
        municipality {
          nameLocal
        }
        programme {
          nameEn
        }
        sex
        role
      }
    }
  }
`;

const PERIODS = ['YEAR', 'HALF_YEAR', 'QUARTER', 'CUSTOM'] as const;
const DIMENSIONS = ['COUNTRY', 'REGION', 'MUNICIPALITY', 'PROGRAMME', 'SEX', 'ROLE'] as const;

interface SeriesData {
  series: {
    indicator: { code: string; nameEn: string; unit: string; aggregation: string; definition: string | null };
    points: {
      periodStart: string;
      periodEnd: string;
      value: number | null;
      observationCount: number;
      country: { nameEn: string } | null;
      region: { nameLocal: string } | null;
      municipality: { nameLocal: string } | null;
      programme: { nameEn: string } | null;
      sex: string | null;
      role: string | null;
    }[];
  };
}

interface SeriesVariables {
  indicator: string;
  from: string;
  to: string;
  period: string;
  groupBy: string[];
}

/** `/series`'s table: `indicator`, `from` and `to` (years), `period` and `groupBy` as in the page's URL. */
export const seriesPoints: ExportTable<SeriesVariables> = {
  name: 'series',
  title: 'Series',
  columns: [
    { header: 'Period start', type: 'date' },
    { header: 'Period end', type: 'date' },
    { header: 'Country', type: 'text' },
    { header: 'Region', type: 'text' },
    { header: 'Municipality', type: 'text' },
    { header: 'Programme', type: 'text' },
    { header: 'Sex', type: 'text' },
    { header: 'Role', type: 'text' },
    { header: 'Value', type: 'number' },
    { header: 'Observations', type: 'number' },
    { header: 'Source', type: 'text' },
  ],
  variables(query) {
    const from = integerParameter(query, 'from', 1900, 2100, 2008);
    const to = integerParameter(query, 'to', 1900, 2100, new Date().getFullYear());
    checkAsTheApiDoes('to', () => checkYearRange(from, to));
    return {
      indicator: textParameter(query, 'indicator'),
      from: `${from}-01-01`,
      to: `${to}-12-31`,
      period: choiceParameter(query, 'period', PERIODS, 'YEAR'),
      groupBy: choiceListParameter(query, 'groupBy', DIMENSIONS),
    };
  },
  async *pages(run, variables) {
    const { series } = await run<SeriesData>(SERIES, variables);
    const { indicator } = series;
    const source = `${HUB_NAME}: ${indicator.aggregation} of the approved values of ${indicator.code} recorded in the hub`;
    yield {
      rows: series.points.map((point) => [
        point.periodStart,
        point.periodEnd,
        point.country?.nameEn ?? null,
        point.region?.nameLocal ?? null,
        point.municipality?.nameLocal ?? null,
        point.programme?.nameEn ?? null,
        point.sex,
        point.role,
        point.value,
        point.observationCount,
        source,
      ]),
      sources: [
        hubSource(
          `${indicator.code} ${indicator.nameEn} (${indicator.unit}), values combined by ${indicator.aggregation}, ${variables.from} to ${variables.to}. ${indicator.definition ?? ''}`.trim(),
        ),
      ],
    };
  },
};
