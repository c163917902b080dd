import { useDocumentTitle } from '../../components/document-title';
import { useCallback } from 'react';
import { Link, useParams } from 'wouter';
import { useQuery } from '../../api/use-query';
import { monthTicks, numberTicks } from '../../charts/axis-ticks';
import { PlotChart } from '../../charts/plot-chart';
import { DataTable } from '../../components/data-table';
import { DownloadLinks } from '../../components/download-links';
import { EmptyValues } from '../../components/empty-values';
import { indicatorValue } from '../../components/indicator-value';
import { QueryStatus } from '../../components/query-status';
import { SourceNote } from '../../components/source-note';
import { MunicipalityProfileViewDocument, type MunicipalityProfileViewQuery } from '../../graphql/graphql';
import { useI18n } from '../../i18n/i18n';

type Municipality = MunicipalityProfileViewQuery['municipality'];
type Observation = Municipality['observations']['nodes'][number];
type Comparison = Municipality['countryComparisons'][number];

/** One indicator year by year: the municipality's value as a line over the band of its country's middle half and the median, with the numbers and its place. */
function BesideCountry({ rows, country, code }: { rows: Comparison[]; country: string; code: string }) {
  const i18n = useI18n();
  const indicator = rows[0].indicator;
  const title = i18n.t('profile.besideCountryChart', { indicator: indicator.nameEn });
  const mine = i18n.t('profile.municipalityValue');
  const median = i18n.t('profile.median');
  const draw = useCallback(
    (plot: typeof import('@observablehq/plot')) =>
      plot.plot({
        ariaLabel: title,
        height: 220,
        marginLeft: 60,
        x: { label: i18n.t('filter.year'), tickFormat: 'd', ticks: rows.length },
        y: { grid: true, label: i18n.t('chart.value'), tickFormat: numberTicks(i18n) },
        color: { legend: true, domain: [mine, median], range: ['#b35c00', '#12355b'] },
        marks: [
          plot.areaY(rows, { x: 'year', y1: 'lowerQuartile', y2: 'upperQuartile', fill: '#12355b', fillOpacity: 0.15 }),
          plot.line(rows, { x: 'year', y: 'median', stroke: () => median, strokeDasharray: '4 3' }),
          plot.line(rows, { x: 'year', y: 'value', stroke: () => mine, strokeWidth: 2 }),
          plot.dot(rows, { x: 'year', y: 'value', fill: () => mine }),
        ],
      }),
    [JSON.stringify(rows), title, mine, median],
  );
  return (
    <>
      <PlotChart
        title={title}
        draw={draw}
        tableBelow
        table={
          <DataTable
            caption={title}
            columns={[
              { label: i18n.t('filter.year'), numeric: true },
              { label: mine, numeric: true },
              { label: i18n.t('profile.lowerQuartile'), numeric: true },
              { label: median, numeric: true },
              { label: i18n.t('profile.upperQuartile'), numeric: true },
              { label: i18n.t('profile.place'), numeric: true },
            ]}
            rows={rows.map((row) => [
              row.year,
              indicatorValue(i18n, indicator.unit, row.value),
              indicatorValue(i18n, indicator.unit, row.lowerQuartile),
              indicatorValue(i18n, indicator.unit, row.median),
              indicatorValue(i18n, indicator.unit, row.upperQuartile),
              row.rank == null
                ? '–'
                : i18n.t('profile.placeOf', {
                    rank: i18n.number(row.rank),
                    count: i18n.number(row.municipalitiesWithValue),
                  }),
            ])}
          />
        }
      />
      <DownloadLinks
        table="municipality-comparisons"
        query={{ country, code, indicator: indicator.code }}
        tableName={title}
      />
    </>
  );
}

function IndicatorOverTime({ values }: { values: Observation[] }) {
  const i18n = useI18n();
  const indicator = values[0].indicator;
  const points = values.map((value) => ({
    end: new Date(`${value.periodEnd}T00:00:00Z`),
    sex: i18n.t(`sex.${value.sex}`),
    value: value.value,
  }));
  const title = i18n.t('report.chartOverTime', { indicator: indicator.nameEn });
  const draw = useCallback(
    (plot: typeof import('@observablehq/plot')) =>
      plot.plot({
        ariaLabel: title,
        height: 200,
        marginLeft: 60,
        x: { type: 'utc', label: i18n.t('chart.period'), tickFormat: monthTicks(i18n) },
        y: { grid: true, label: i18n.t('chart.value'), zero: true, tickFormat: numberTicks(i18n) },
        color: { legend: true },
        marks: [
          plot.line(points, { x: 'end', y: 'value', stroke: 'sex' }),
          plot.dot(points, { x: 'end', y: 'value', fill: 'sex' }),
        ],
      }),
    [JSON.stringify(points), title],
  );
  return (
    <PlotChart
      title={title}
      draw={draw}
      table={
        <DataTable
          caption={title}
          columns={[
            { label: i18n.t('chart.period') },
            { label: i18n.t('report.sex') },
            { label: i18n.t('chart.value'), numeric: true },
          ]}
          rows={values.map((value) => [
            `${i18n.date(value.periodStart)} – ${i18n.date(value.periodEnd)}`,
            i18n.t(`sex.${value.sex}`),
            indicatorValue(i18n, indicator.unit, value.value),
          ])}
        />
      }
    />
  );
}

function Profile({ municipality, country, code }: { municipality: Municipality; country: string; code: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const byIndicator = new Map<string, Observation[]>();
  for (const observation of municipality.observations.nodes)
    byIndicator.set(observation.indicator.code, [...(byIndicator.get(observation.indicator.code) ?? []), observation]);
  const comparisons = new Map<string, Comparison[]>();
  for (const row of municipality.countryComparisons)
    comparisons.set(row.indicator.code, [...(comparisons.get(row.indicator.code) ?? []), row]);
  const signature = municipality.charterSignature;
  useDocumentTitle(municipality.nameLocal);
  return (
    <article>
      <h1>{municipality.nameLocal}</h1>
      {municipality.nameEn && municipality.nameEn !== municipality.nameLocal ? (
        <p className="local-name">{municipality.nameEn}</p>
      ) : null}
      <dl className="facts">
        <dt>{t('filter.country')}</dt>
        <dd>
          {municipality.country.nameEn} ({municipality.country.nameLocal})
        </dd>
        <dt>{t('profile.kind')}</dt>
        <dd>{t(`municipalityKind.${municipality.kind}`)}</dd>
        {municipality.parent ? (
          <>
            <dt>{t('profile.region')}</dt>
            <dd>{municipality.parent.nameLocal}</dd>
          </>
        ) : null}
        <dt>{t('profile.charter')}</dt>
        <dd>
          {signature ? (
            <>
              {t('profile.signedOn', { date: i18n.date(signature.signedOn) })} ·{' '}
              {t(`actionPlan.${signature.actionPlanStatus}`)}
              {signature.actionPlanAdoptedOn
                ? ` (${i18n.date(signature.actionPlanAdoptedOn)})`
                : signature.actionPlanDueOn
                  ? ` (${t('profile.due', { date: i18n.date(signature.actionPlanDueOn) })})`
                  : ''}{' '}
              <SourceNote source={signature.source} />
            </>
          ) : (
            t('profile.notSigned')
          )}
        </dd>
      </dl>
      <section>
        <h2>{t('profile.programmes')}</h2>
        {municipality.programmeParticipations.length ? (
          <>
            <DataTable
              caption={t('profile.programmes')}
              columns={[{ label: t('profile.programme') }, { label: t('report.grant'), numeric: true }]}
              rows={municipality.programmeParticipations.map((participation) => [
                <Link href={`/programmes/${participation.programme.code}`}>{participation.programme.nameEn}</Link>,
                participation.grant
                  ? i18n.money(participation.grant.amount, participation.grant.currency)
                  : t('value.unknown'),
              ])}
            />
            <DownloadLinks table="municipality-programmes" query={{ country, code }} />
          </>
        ) : (
          <p>{t('value.none')}</p>
        )}
        <h2>{t('profile.initiatives')}</h2>
        {municipality.initiatives.nodes.length ? (
          <>
            <ul>
              {municipality.initiatives.nodes.map((initiative) => (
                <li key={initiative.code}>
                  {initiative.nameEn} (
                  <Link href={`/programmes/${initiative.programme.code}`}>{initiative.programme.nameEn}</Link>)
                </li>
              ))}
            </ul>
            <DownloadLinks table="municipality-initiatives" query={{ country, code }} />
          </>
        ) : (
          <p>{t('value.none')}</p>
        )}
      </section>
      <section>
        <h2>{t('report.results')}</h2>
        {municipality.results.length ? (
          <>
            <DataTable
              caption={t('report.resultsCaption')}
              columns={[
                { label: t('report.indicator') },
                { label: t('report.latestActual') },
                { label: t('kind.TARGET'), numeric: true },
                { label: t('report.progress'), numeric: true },
              ]}
              rows={municipality.results.map((result) => [
                result.indicator.nameEn,
                result.latestActual ? (
                  <>
                    <strong>{indicatorValue(i18n, result.indicator.unit, result.latestActual.value)}</strong> (
                    {i18n.date(result.latestActual.periodEnd)}){' '}
                    <SourceNote source={result.latestActual.source} quote={result.latestActual.sourceQuote} />
                  </>
                ) : (
                  t('value.none')
                ),
                indicatorValue(i18n, result.indicator.unit, result.target?.value),
                i18n.share(result.progress),
              ])}
            />
            <DownloadLinks table="municipality-results" query={{ country, code }} />
          </>
        ) : municipality.mayImportObservations ? (
          <EmptyValues />
        ) : (
          <p className="empty" role="note">
            {t('profile.noValuesYet')}
          </p>
        )}
        {comparisons.size ? <h2>{t('profile.besideCountry')}</h2> : null}
        {[...comparisons.values()].map((rows) => (
          <BesideCountry key={rows[0].indicator.code} rows={rows} country={country} code={code} />
        ))}
        {[...byIndicator.values()].map((values) => (
          <IndicatorOverTime key={values[0].indicator.code} values={values} />
        ))}
        {byIndicator.size ? <DownloadLinks table="municipality-values" query={{ country, code }} /> : null}
      </section>
    </article>
  );
}

/** `/municipalities/:country/:code`: a municipality's profile. */
export default function MunicipalityProfilePage() {
  const { country, code } = useParams<{ country: string; code: string }>();
  const state = useQuery(MunicipalityProfileViewDocument, { country, code });
  return (
    <QueryStatus state={state} notFoundPage>
      {(data) => <Profile municipality={data.municipality} country={country} code={code} />}
    </QueryStatus>
  );
}
