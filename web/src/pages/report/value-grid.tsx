import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { postOperation } from '../../api/post-operation';
import {
  SubmitReportDocument,
  type IndicatorUnit,
  type ObservationInput,
  type ReportFormQuery,
} from '../../graphql/graphql';
import { useI18n, type I18n } from '../../i18n/i18n';
import { allowedRange, cellKey, cellsOf, type ValueCell } from './value-cells';
import { ValueHistory } from './value-history';

type Municipality = NonNullable<ReportFormQuery['municipality']>;
type Indicator = ReportFormQuery['indicators']['nodes'][number];
type Stored = Municipality['observations']['nodes'][number];

/** Where the last save stands: nothing yet, saved (with counts), or refused (nothing saved). */
type Outcome =
  | { kind: 'none' }
  | { kind: 'saving' }
  | { kind: 'saved'; created: number; updated: number; unchanged: number }
  | { kind: 'refused'; message: string };

function rangeText(i18n: I18n, unit: IndicatorUnit): string {
  const { min, max, whole } = allowedRange(unit);
  if (unit === 'BOOLEAN') return i18n.t('collect.rangeBoolean');
  if (min !== undefined && max !== undefined)
    return i18n.t('collect.rangeBetween', { min: i18n.number(min), max: i18n.number(max) });
  if (min !== undefined)
    return i18n.t(whole ? 'collect.rangeWhole' : 'collect.rangeAtLeast', { min: i18n.number(min) });
  return i18n.t('collect.rangeAny');
}

function cellLabel(i18n: I18n, cell: ValueCell): string {
  return cell.role ? i18n.t(`personRole.${cell.role}`) : i18n.t(`sex.${cell.sex}`);
}

/** The stored value of each cell for exactly the year (values of other periods inside it are not the form's). */
function storedByCell(municipality: Municipality, year: string): Map<string, Stored> {
  const stored = new Map<string, Stored>();
  for (const node of municipality.observations.nodes)
    if (node.periodStart === `${year}-01-01` && node.periodEnd === `${year}-12-31`)
      stored.set(cellKey({ indicator: node.indicator.code, sex: node.sex, role: node.role }), node);
  return stored;
}

function initialValues(stored: Map<string, Stored>): Record<string, string> {
  return Object.fromEntries([...stored].map(([key, node]) => [key, String(node.value)]));
}

function initialEvidence(stored: Map<string, Stored>): Record<string, string> {
  const evidence: Record<string, string> = {};
  for (const node of stored.values())
    if (node.evidenceUrls.length > 0) evidence[node.indicator.code] ??= node.evidenceUrls.join(' ');
  return evidence;
}

/**
 * The expected values of the chosen indicators for one municipality and year, one table per
 * indicator, with each value's review state, the reviewer's comment and its history. "Save as draft"
 * and "Submit for review" send every filled cell in one batch; a refusal shows each problem at its
 * cell and saves nothing.
 */
export function ValueGrid({
  municipality,
  indicators,
  year,
  onSaved,
}: {
  municipality: Municipality;
  indicators: Indicator[];
  year: string;
  onSaved: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const stored = useMemo(() => storedByCell(municipality, year), [municipality, year]);
  const [values, setValues] = useState(() => initialValues(stored));
  const [evidence, setEvidence] = useState(() => initialEvidence(stored));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  useEffect(() => {
    setValues(initialValues(stored));
    setEvidence(initialEvidence(stored));
  }, [stored]);

  if (indicators.length === 0) return <p>{t('collect.chooseIndicators')}</p>;

  const cells = indicators.flatMap((indicator) => cellsOf(indicator));

  async function save(asDraft: boolean) {
    const sent: ValueCell[] = [];
    const rows: ObservationInput[] = [];
    const local: Record<string, string> = {};
    for (const cell of cells) {
      const key = cellKey(cell);
      const text = (values[key] ?? '').trim();
      if (text === '') continue;
      const value = Number(text.replace(',', '.'));
      if (!Number.isFinite(value)) {
        local[key] = t('collect.notANumber');
        continue;
      }
      sent.push(cell);
      rows.push({
        indicator: cell.indicator,
        scope: municipality.id,
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        sex: cell.sex,
        role: cell.role,
        kind: 'ACTUAL',
        value,
        evidenceUrls: (evidence[cell.indicator] ?? '').split(/\s+/).filter(Boolean),
        version: stored.get(key)?.version,
      });
    }
    setProblems(local);
    if (Object.keys(local).length > 0) {
      setOutcome({ kind: 'refused', message: t('collect.refused', { count: Object.keys(local).length }) });
      return;
    }
    if (rows.length === 0) {
      setOutcome({ kind: 'refused', message: t('collect.nothingToSave') });
      return;
    }
    setOutcome({ kind: 'saving' });
    const answer = await postOperation(SubmitReportDocument, { rows, asDraft });
    if (answer.data) {
      setOutcome({ kind: 'saved', ...answer.data.submitObservations });
      onSaved();
      return;
    }
    const byCell: Record<string, string> = {};
    for (const error of answer.errors)
      for (const row of error.extensions?.rows ?? []) {
        const cell = sent[row.index];
        if (!cell) continue;
        const key = cellKey(cell);
        const reason = error.extensions?.code === 'CONFLICT' ? t('collect.changedSinceLoaded') : row.reason;
        byCell[key] = byCell[key] ? `${byCell[key]} ${reason}` : reason;
      }
    setProblems(byCell);
    setOutcome({
      kind: 'refused',
      message:
        Object.keys(byCell).length > 0
          ? t('collect.refused', { count: Object.keys(byCell).length })
          : answer.errors.map((error) => error.message).join(' '),
    });
  }

  const submit = (asDraft: boolean) => (event: FormEvent) => {
    event.preventDefault();
    void save(asDraft);
  };

  return (
    <form noValidate onSubmit={submit(false)} aria-labelledby="value-grid-title">
      <h2 id="value-grid-title">{t('collect.gridTitle', { municipality: municipality.nameLocal, year })}</h2>
      {indicators.map((indicator) => (
        <section key={indicator.code} className="value-grid">
          <div className="table-wrap">
            <table>
              <caption>
                {indicator.nameEn}{' '}
                <span className="meta">
                  {t('collect.unit', { unit: t(`unit.${indicator.unit}`) })} · {rangeText(i18n, indicator.unit)}
                </span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('collect.cell')}</th>
                  <th scope="col">{t('chart.value')}</th>
                  <th scope="col">{t('collect.status')}</th>
                  <th scope="col">{t('collect.history')}</th>
                </tr>
              </thead>
              <tbody>
                {cellsOf(indicator).map((cell) => {
                  const key = cellKey(cell);
                  const node = stored.get(key);
                  const problem = problems[key];
                  const problemId = `problem-${key.replace(/\W/g, '-')}`;
                  const label = `${indicator.nameEn}: ${cellLabel(i18n, cell)}`;
                  return (
                    <tr key={key} className={problem ? 'has-problem' : undefined}>
                      <th scope="row">{cellLabel(i18n, cell)}</th>
                      <td>
                        <input
                          type="text"
                          inputMode="decimal"
                          aria-label={label}
                          aria-invalid={problem ? true : undefined}
                          aria-describedby={problem ? problemId : undefined}
                          value={values[key] ?? ''}
                          onChange={(event) => setValues({ ...values, [key]: event.target.value })}
                        />
                        {problem && (
                          <p id={problemId} className="problem">
                            {problem}
                          </p>
                        )}
                      </td>
                      <td>
                        {node ? (
                          <>
                            <span className={`review-status status-${node.reviewStatus.toLowerCase()}`}>
                              {t(`reviewStatus.${node.reviewStatus}`)}
                            </span>
                            {node.reviewStatus === 'RETURNED' && node.reviewComment && (
                              <p className="review-comment">
                                {t('collect.returnedComment')} <q>{node.reviewComment}</q>
                              </p>
                            )}
                          </>
                        ) : (
                          t('collect.notEntered')
                        )}
                      </td>
                      <td>
                        {node && (
                          <button
                            type="button"
                            aria-expanded={historyOf === node.id}
                            aria-label={t('collect.historyOf', { value: label })}
                            onClick={() => setHistoryOf(historyOf === node.id ? null : node.id)}
                          >
                            {t('collect.history')}
                          </button>
                        )}
                        {node && historyOf === node.id && <ValueHistory id={node.id} />}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <label className="evidence">
            {t('collect.evidence', { indicator: indicator.nameEn })}
            <input
              type="text"
              inputMode="url"
              value={evidence[indicator.code] ?? ''}
              onChange={(event) => setEvidence({ ...evidence, [indicator.code]: event.target.value })}
            />
          </label>
        </section>
      ))}
      <p className="actions">
        <button type="button" onClick={submit(true)} disabled={outcome.kind === 'saving'}>
          {t('collect.saveDraft')}
        </button>{' '}
        <button type="submit" disabled={outcome.kind === 'saving'}>
          {t('collect.submit')}
        </button>
      </p>
      <div aria-live="polite">
        {outcome.kind === 'saved' && (
          <p role="status">
            {t('collect.saved', { created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged })}
          </p>
        )}
        {outcome.kind === 'refused' && <p role="alert">{outcome.message}</p>}
      </div>
    </form>
  );
}
