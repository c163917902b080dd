import { useDocumentTitle } from '../../components/document-title';
import { useCallback, type ReactNode } from 'react';
import { Link, useParams } from 'wouter';
import { useQuery } from '../../api/use-query';
import { monthTicks, numberTicks } from '../../charts/axis-ticks';
import { PlotChart } from '../../charts/plot-chart';
import { DataTable } from '../../components/data-table';
import { DownloadLinks } from '../../components/download-links';
import { indicatorValue } from '../../components/indicator-value';
import { QueryStatus } from '../../components/query-status';
import { SourceNote } from '../../components/source-note';
import { ProgrammeReportDocument, type ProgrammeReportQuery, type ReportedValueFragment } from '../../graphql/graphql';
import { useI18n, type I18n } from '../../i18n/i18n';

type Programme = ProgrammeReportQuery['programme'];
type Observation = Programme['observations']['nodes'][number];
type Unit = Programme['results'][number]['indicator']['unit'];

function ValueWithSource({ unit, value }: { unit: Unit; value: ReportedValueFragment | null | undefined }) {
  const i18n = useI18n();
  if (!value) return <>{i18n.t('value.none')}</>;
  return (
    <>
      <strong className="figure">{indicatorValue(i18n, unit, value.value)}</strong>
      <span className="period">
        {' '}
        ({i18n.date(value.periodStart)} – {i18n.date(value.periodEnd)})
      </span>
      <br />
      <SourceNote source={value.source} quote={value.sourceQuote} />
    </>
  );
}

function IndicatorChart({ indicator, values }: { indicator: Observation['indicator']; values: Observation[] }) {
  const i18n = useI18n();
  const totals = values.filter((value) => value.sex === 'TOTAL');
  const points = totals.map((value) => ({
    end: new Date(`${value.periodEnd}T00:00:00Z`),
    value: value.value,
    kind: i18n.t(`kind.${value.kind}`),
  }));
  const title = i18n.t('report.chartOverTime', { indicator: indicator.nameEn });
  const draw = useCallback(
    (plot: typeof import('@observablehq/plot')) =>
      plot.plot({
        ariaLabel: title,
        height: 180,
        marginLeft: 60,
        x: { type: 'utc', label: i18n.t('chart.period'), tickFormat: monthTicks(i18n) },
        y: {
          grid: true,
          label: indicator.unit === 'PERCENT' ? '%' : i18n.t('chart.value'),
          zero: true,
          tickFormat: numberTicks(i18n),
        },
        color: { legend: true },
        marks: [
          plot.line(
            points.filter((point) => point.kind === i18n.t('kind.ACTUAL')),
            { x: 'end', y: 'value' },
          ),
          plot.dot(points, { x: 'end', y: 'value', fill: 'kind', r: 5 }),
        ],
      }),
    [JSON.stringify(points), title, indicator.unit],
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
            { label: i18n.t('report.kind') },
            { label: i18n.t('chart.value'), numeric: true },
          ]}
          rows={totals.map((value) => [
            `${i18n.date(value.periodStart)} – ${i18n.date(value.periodEnd)}`,
            i18n.t(`kind.${value.kind}`),
            indicatorValue(i18n, indicator.unit, value.value),
          ])}
        />
      }
    />
  );
}

function SexChart({ indicator, values }: { indicator: Observation['indicator']; values: Observation[] }) {
  const i18n = useI18n();
  const cells = values
    .filter((value) => value.sex !== 'TOTAL' && value.kind === 'ACTUAL')
    .map((value) => ({ sex: i18n.t(`sex.${value.sex}`), period: value.periodEnd.slice(0, 4), value: value.value }));
  const title = i18n.t('report.chartBySex', { indicator: indicator.nameEn });
  const draw = useCallback(
    (plot: typeof import('@observablehq/plot')) =>
      plot.plot({
        ariaLabel: title,
        height: 180,
        marginLeft: 60,
        x: { label: i18n.t('chart.period') },
        y: { grid: true, label: i18n.t('chart.value'), tickFormat: numberTicks(i18n) },
        color: { legend: true },
        marks: [plot.barY(cells, { x: 'period', y: 'value', fill: 'sex', fx: 'sex' })],
      }),
    [JSON.stringify(cells), title],
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
          rows={cells.map((cell) => [cell.period, cell.sex, i18n.number(cell.value)])}
        />
      }
    />
  );
}

function period(i18n: I18n, start: string | null, end: string | null): string {
  return start || end ? `${i18n.date(start)} – ${i18n.date(end)}` : i18n.t('value.unknown');
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="report-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Report({
  programme,
  budgetForbidden,
  hiddenAmounts,
}: {
  programme: Programme;
  budgetForbidden: boolean;
  /** The funders (by position) whose amount the caller may not read. */
  hiddenAmounts: ReadonlySet<number>;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const byIndicator = new Map<string, Observation[]>();
  for (const observation of programme.observations.nodes)
    byIndicator.set(observation.indicator.code, [...(byIndicator.get(observation.indicator.code) ?? []), observation]);
  const present = programme.results
    .flatMap((result) => [result.baseline, result.target, result.latestActual])
    .filter(Boolean).length;
  useDocumentTitle(programme.nameEn);
  return (
    <article className="report">
      <header>
        <h1>{programme.nameEn}</h1>
        {programme.nameLocal && programme.nameLocal !== programme.nameEn ? (
          <p className="local-name">{programme.nameLocal}</p>
        ) : null}
        {programme.summary ? <p>{programme.summary}</p> : null}
        <button type="button" className="no-print" onClick={() => window.print()}>
          {t('report.print')}
        </button>
        <p className="downloads no-print">
          {programme.iatiExportable ? (
            <a href={`/iati/activities.xml?programme=${encodeURIComponent(programme.code)}`} download>
              {t('download.iati')}
            </a>
          ) : (
            <span className="meta">{t('download.iatiUnavailable')}</span>
          )}
        </p>
      </header>
      <Section title={t('report.overview')}>
        <dl className="facts">
          <dt>{t('report.plannedPeriod')}</dt>
          <dd>{period(i18n, programme.plannedStartOn, programme.plannedEndOn)}</dd>
          <dt>{t('report.actualPeriod')}</dt>
          <dd>{period(i18n, programme.startOn, programme.endOn)}</dd>
          <dt>{t('report.budget')}</dt>
          <dd>
            {programme.budget
              ? i18n.money(programme.budget.amount, programme.budget.currency)
              : t(budgetForbidden ? 'report.budgetUnpublished' : 'value.unknown')}
          </dd>
          <dt>{t('report.countries')}</dt>
          <dd>{programme.countries.map((country) => `${country.nameEn} (${country.nameLocal})`).join(', ')}</dd>
          <dt>{t('report.partOf')}</dt>
          <dd>
            {programme.parent ? (
              <Link href={`/programmes/${programme.parent.code}`}>{programme.parent.nameEn}</Link>
            ) : (
              t('value.none')
            )}
          </dd>
          <dt>{t('report.predecessor')}</dt>
          <dd>
            {programme.predecessors.length
              ? programme.predecessors.map((predecessor, index) => (
                  <span key={predecessor.code}>
                    {index ? ', ' : ''}
                    <Link href={`/programmes/${predecessor.code}`}>{predecessor.nameEn}</Link>
                  </span>
                ))
              : t('value.none')}
          </dd>
          <dt>{t('report.successor')}</dt>
          <dd>
            {programme.successor ? (
              <Link href={`/programmes/${programme.successor.code}`}>{programme.successor.nameEn}</Link>
            ) : (
              t('value.none')
            )}
          </dd>
          {programme.website ? (
            <>
              <dt>{t('report.website')}</dt>
              <dd>
                <a href={programme.website}>{programme.website}</a>
              </dd>
            </>
          ) : null}
        </dl>
        <DataTable
          caption={t('report.funders')}
          columns={[{ label: t('report.funder') }, { label: t('report.amount'), numeric: true }]}
          rows={programme.funders.map((funding, index) => [
            funding.funder.nameEn,
            funding.amount
              ? i18n.money(funding.amount.amount, funding.amount.currency)
              : t(hiddenAmounts.has(index) ? 'report.amountUnpublished' : 'value.unknown'),
          ])}
        />
        <DownloadLinks table="programme-funders" query={{ code: programme.code }} />
        <DataTable
          caption={t('report.implementers')}
          columns={[{ label: t('report.organisation') }, { label: t('report.role') }]}
          rows={programme.implementers.map((implementer) => [
            implementer.organisation.nameEn,
            t(`role.${implementer.role}`),
          ])}
        />
        <DownloadLinks table="programme-implementers" query={{ code: programme.code }} />
        {programme.components.length ? (
          <>
            <h3>{t('report.components')}</h3>
            <ol>
              {programme.components.map((component) => (
                <li key={component.position}>{component.nameEn}</li>
              ))}
            </ol>
          </>
        ) : null}
      </Section>
      <Section title={t('report.results')}>
        {programme.results.length ? (
          <>
            <DataTable
              caption={t('report.resultsCaption')}
              columns={[
                { label: t('report.indicator') },
                { label: t('kind.BASELINE') },
                { label: t('kind.TARGET') },
                { label: t('report.latestActual') },
                { label: t('report.progress'), numeric: true },
              ]}
              rows={programme.results.map((result) => [
                result.indicator.nameEn,
                <ValueWithSource unit={result.indicator.unit} value={result.baseline} />,
                <ValueWithSource unit={result.indicator.unit} value={result.target} />,
                <ValueWithSource unit={result.indicator.unit} value={result.latestActual} />,
                i18n.share(result.progress),
              ])}
            />
            <DownloadLinks table="programme-results" query={{ code: programme.code }} />
          </>
        ) : (
          <p>{t('report.noResults')}</p>
        )}
      </Section>
      <Section title={t('report.computed')}>
        <p>{t('report.computedIntro')}</p>
        <DataTable
          caption={t('report.computed')}
          columns={[
            { label: t('report.figure') },
            { label: t('report.reported') },
            { label: t('report.recorded'), numeric: true },
            { label: t('report.difference'), numeric: true },
          ]}
          rows={programme.computedFigures.map((figure) => [
            figure.comparableIndicator?.nameEn ?? t(`computed.${figure.kind}`),
            <ValueWithSource unit={figure.kind === 'SHARE_TRUE' ? 'PERCENT' : 'COUNT'} value={figure.reported} />,
            figure.kind === 'SHARE_TRUE' ? i18n.percent(figure.value) : i18n.number(figure.value),
            i18n.number(figure.difference),
          ])}
        />
        <DownloadLinks table="programme-computed-figures" query={{ code: programme.code }} />
      </Section>
      <Section title={t('report.overTime')}>
        {[...byIndicator.values()].map((values) => (
          <div key={values[0].indicator.code} className="indicator-charts">
            <IndicatorChart indicator={values[0].indicator} values={values} />
            {values.some((value) => value.sex !== 'TOTAL') ? (
              <SexChart indicator={values[0].indicator} values={values} />
            ) : null}
          </div>
        ))}
        {byIndicator.size ? <DownloadLinks table="programme-values" query={{ code: programme.code }} /> : null}
      </Section>
      <Section title={t('report.municipalities')}>
        {programme.participants.length ? (
          <>
            <DataTable
              caption={t('report.municipalities')}
              columns={[{ label: t('report.municipality') }, { label: t('report.grant'), numeric: true }]}
              rows={programme.participants.map((participant) => [
                participant.municipality.code ? (
                  <Link
                    href={`/municipalities/${participant.municipality.country.code}/${participant.municipality.code}`}
                  >
                    {participant.municipality.nameLocal}
                  </Link>
                ) : (
                  participant.municipality.nameLocal
                ),
                participant.grant
                  ? i18n.money(participant.grant.amount, participant.grant.currency)
                  : t('value.unknown'),
              ])}
            />
            <DownloadLinks table="programme-municipalities" query={{ code: programme.code }} />
          </>
        ) : (
          <p>{t('report.noMunicipalities')}</p>
        )}
      </Section>
      <Section title={t('report.completeness')}>
        <p>{t('report.completenessText', { present, expected: programme.results.length * 3 })}</p>
      </Section>
    </article>
  );
}

/** `/programmes/:code`: the programme's results report, printable as A4. */
export default function ProgrammeReportPage() {
  const { code } = useParams<{ code: string }>();
  const state = useQuery(ProgrammeReportDocument, { code });
  return (
    <QueryStatus state={state} notFoundPage>
      {(data) => (
        <Report
          programme={data.programme}
          budgetForbidden={
            state.status === 'done' && state.errors.some((error) => error.path?.join('.') === 'programme.budget')
          }
          hiddenAmounts={
            new Set(
              state.status === 'done'
                ? state.errors.flatMap(({ path }) =>
                    path?.[1] === 'funders' && path[3] === 'amount' && typeof path[2] === 'number' ? [path[2]] : [],
                  )
                : [],
            )
          }
        />
      )}
    </QueryStatus>
  );
}
