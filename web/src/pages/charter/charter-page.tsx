import { useDocumentTitle } from '../../components/document-title';
import { useCallback } from 'react';
import { useQuery } from '../../api/use-query';
import { numberTicks } from '../../charts/axis-ticks';
import { PlotChart } from '../../charts/plot-chart';
import { DataTable } from '../../components/data-table';
import { DownloadLinks } from '../../components/download-links';
import { FilterForm } from '../../components/filter-fields';
import { QueryStatus } from '../../components/query-status';
import { YearRangeInputs } from '../../components/year-range-inputs';
import { SourceNote } from '../../components/source-note';
import { CharterViewDocument, type CharterViewQuery } from '../../graphql/graphql';
import { useI18n } from '../../i18n/i18n';
import { useUrlState } from '../../url-state';

type Point = CharterViewQuery['charterSignatoryCounts'][number];

function CharterChart({ points }: { points: Point[] }) {
  const i18n = useI18n();
  const title = i18n.t('charter.chart');
  const marks = points.flatMap((point) => [
    { year: point.year, country: point.country.nameEn, what: i18n.t('charter.recorded'), count: point.signatories },
    ...(point.reportedSignatories
      ? [
          {
            year: point.year,
            country: point.country.nameEn,
            what: i18n.t('charter.reported'),
            count: point.reportedSignatories.value,
          },
        ]
      : []),
  ]);
  const countries = [...new Set(marks.map((mark) => mark.country))];
  // One panel per country, so a country with few signatories is not drawn under another's line; the
  // symbol key tells recorded counts from reported ones.
  const draw = useCallback(
    (plot: typeof import('@observablehq/plot')) =>
      plot.plot({
        ariaLabel: title,
        marginLeft: 50,
        marginRight: 90,
        height: 40 + 130 * Math.max(countries.length, 1),
        x: { label: i18n.t('filter.year'), tickFormat: 'd' },
        y: {
          grid: true,
          label: i18n.t('charter.signatories'),
          zero: true,
          nice: true,
          // Room inside each panel for a marker at its top, so none is drawn across the panels' edge.
          insetTop: 8,
          tickFormat: numberTicks(i18n),
        },
        fy: { label: null, domain: countries },
        symbol: { legend: true, domain: [i18n.t('charter.recorded'), i18n.t('charter.reported')] },
        marks: [
          plot.frame({ strokeOpacity: 0.3 }),
          plot.line(
            marks.filter((mark) => mark.what === i18n.t('charter.recorded')),
            { x: 'year', y: 'count', fy: 'country', stroke: '#12355b' },
          ),
          plot.dot(marks, { x: 'year', y: 'count', fy: 'country', symbol: 'what', stroke: '#12355b', r: 4 }),
        ],
      }),
    [JSON.stringify(marks), title],
  );
  return (
    <PlotChart
      title={title}
      draw={draw}
      tableBelow
      table={
        <DataTable
          caption={i18n.t('charter.table')}
          columns={[
            { label: i18n.t('filter.country') },
            { label: i18n.t('filter.year'), numeric: true },
            { label: i18n.t('charter.signedInYear'), numeric: true },
            { label: i18n.t('charter.recorded'), numeric: true },
            { label: i18n.t('charter.reported') },
            { label: i18n.t('charter.plansAdopted'), numeric: true },
            { label: i18n.t('charter.overdue'), numeric: true },
          ]}
          rows={points
            .filter((point) => point.signatories || point.signedInYear || point.reportedSignatories || point.overdue)
            .map((point) => [
              point.country.nameEn,
              point.year,
              i18n.number(point.signedInYear),
              i18n.number(point.signatories),
              point.reportedSignatories ? (
                <>
                  <strong>{i18n.number(point.reportedSignatories.value)}</strong>{' '}
                  <SourceNote source={point.reportedSignatories.source} quote={point.reportedSignatories.sourceQuote} />
                </>
              ) : (
                '–'
              ),
              i18n.number(point.actionPlansAdopted),
              i18n.number(point.overdue),
            ])}
        />
      }
    />
  );
}

/** `/charter`: Charter signatories per country and year, reported beside recorded, and overdue action plans. */
export default function CharterPage() {
  const { t } = useI18n();
  useDocumentTitle(t('charter.title'));
  const [range, setRange] = useUrlState({ from: '2006', to: String(new Date().getFullYear()) });
  const state = useQuery(CharterViewDocument, { from: Number(range.from), to: Number(range.to) });
  return (
    <>
      <h1>{t('charter.title')}</h1>
      <p>{t('charter.intro')}</p>
      <FilterForm>
        <YearRangeInputs from={range.from} to={range.to} onChange={setRange} />
      </FilterForm>
      <QueryStatus state={state}>
        {(data) => (
          <>
            <CharterChart points={data.charterSignatoryCounts} />
            <DownloadLinks table="charter-counts" query={range} />
          </>
        )}
      </QueryStatus>
    </>
  );
}
