import { useDocumentTitle } from '../../components/document-title';
import { useState, type FormEvent } from 'react';
import { postOperation } from '../../api/post-operation';
import { usePostedQuery } from '../../api/use-posted-query';
import { QueryStatus } from '../../components/query-status';
import { SignInPrompt } from '../../components/sign-in-prompt';
import {
  ReviewQueueDocument,
  ReviewValuesDocument,
  type ReviewDecision,
  type ReviewQueueQuery,
} from '../../graphql/graphql';
import { useI18n, type I18n } from '../../i18n/i18n';

type Value = ReviewQueueQuery['observations']['nodes'][number];

function scopeName(value: Value): string {
  const scope = value.scope;
  if (scope.__typename === 'Municipality')
    return `${scope.nameLocal} (${scope.country.code} ${scope.municipalityCode ?? ''})`;
  return scope.nameEn;
}

function cellName(i18n: I18n, value: Value): string {
  return value.role ? i18n.t(`personRole.${value.role}`) : i18n.t(`sex.${value.sex}`);
}

/** The record key inside a global id (base64url of `Type:key`), as errors name records by it. */
function keyOfGlobalId(id: string): string {
  const decoded = atob(
    id
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(id.length / 4) * 4, '='),
  );
  return decoded.slice(decoded.indexOf(':') + 1);
}

/** The queue by scope, then indicator, then cell, as a reviewer reads it. */
function inOrder(values: Value[]): Value[] {
  return [...values].sort(
    (a, b) =>
      scopeName(a).localeCompare(scopeName(b)) ||
      a.indicator.nameEn.localeCompare(b.indicator.nameEn) ||
      a.periodStart.localeCompare(b.periodStart) ||
      a.sex.localeCompare(b.sex) ||
      (a.role ?? '').localeCompare(b.role ?? ''),
  );
}

/** A value's change from the cell's last approved value, in the indicator's unit. */
function change(i18n: I18n, value: Value): string {
  if (!value.previousApproved) return '–';
  const difference = value.value - value.previousApproved.value;
  return `${difference > 0 ? '+' : ''}${i18n.number(difference)}`;
}

/** Where the last decision stands. */
type Outcome =
  { kind: 'none' } | { kind: 'done'; count: number; decision: ReviewDecision } | { kind: 'refused'; message: string };

/**
 * `/review`: a reviewer's queue of submitted values, by municipality and indicator, each beside the
 * cell's last approved value, the change and the evidence links. The reviewer approves a batch, or
 * returns it with a comment; each value goes at the version it was loaded, so one changed since is
 * refused (CONFLICT), marked as changed, and nothing is overwritten.
 */
export default function ReviewPage() {
  const i18n = useI18n();
  const { t } = i18n;
  useDocumentTitle(t('review.title'));
  const [query, reload] = usePostedQuery(ReviewQueueDocument, {});
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [comment, setComment] = useState('');
  const [changed, setChanged] = useState<Set<string>>(new Set());
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [busy, setBusy] = useState(false);

  async function decide(values: Value[], decision: ReviewDecision) {
    const batch = values.filter((value) => selected.has(value.id));
    if (batch.length === 0) return setOutcome({ kind: 'refused', message: t('review.chooseValues') });
    if (decision === 'RETURN' && comment.trim() === '')
      return setOutcome({ kind: 'refused', message: t('review.commentNeeded') });
    setBusy(true);
    const answer = await postOperation(ReviewValuesDocument, {
      ids: batch.map((value) => value.id),
      versions: batch.map((value) => value.version),
      decision,
      comment: comment.trim() || null,
    });
    setBusy(false);
    if (answer.data) {
      setOutcome({ kind: 'done', count: answer.data.reviewObservations.length, decision });
      setSelected(new Set());
      setComment('');
      setChanged(new Set());
      reload();
      return;
    }
    const conflict = answer.errors.find((error) => error.extensions?.code === 'CONFLICT');
    if (conflict) {
      // The API names stale values by their keys; the page knows them by global id, in batch order.
      const staleKeys = new Set((conflict.extensions?.ids ?? []).map(String));
      const stale = batch.filter((value) => staleKeys.has(keyOfGlobalId(value.id)));
      setChanged(new Set(stale.map((value) => value.id)));
      setOutcome({ kind: 'refused', message: t('review.conflict', { count: stale.length || batch.length }) });
      reload();
      return;
    }
    setOutcome({ kind: 'refused', message: answer.errors.map((error) => error.message).join(' ') });
  }

  return (
    <>
      <h1>{t('review.title')}</h1>
      <p>{t('review.intro')}</p>
      <QueryStatus state={query}>
        {(data) => {
          const role = data.viewer.role;
          if (role !== 'REVIEWER' && role !== 'ADMIN')
            return role === null ? <SignInPrompt /> : <p role="alert">{t('review.notReviewer')}</p>;
          const values = inOrder(data.observations.nodes);
          const submit = (decision: ReviewDecision) => (event: FormEvent) => {
            event.preventDefault();
            void decide(values, decision);
          };
          const allSelected = values.length > 0 && values.every((value) => selected.has(value.id));
          return (
            <form noValidate onSubmit={submit('APPROVE')}>
              <p>
                {t('review.count', { shown: values.length, count: data.observations.totalCount })}
                {data.viewer.organisations.length > 0 &&
                  ` ${t('review.for', { organisations: data.viewer.organisations.map((o) => o.nameEn).join(', ') })}`}
              </p>
              {values.length === 0 ? (
                <p>{t('review.empty')}</p>
              ) : (
                <div className="table-wrap">
                  <table>
                    <caption>{t('review.queue')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">
                          <input
                            type="checkbox"
                            aria-label={t('review.selectAll')}
                            checked={allSelected}
                            onChange={(event) =>
                              setSelected(event.target.checked ? new Set(values.map((value) => value.id)) : new Set())
                            }
                          />
                        </th>
                        <th scope="col">{t('report.municipality')}</th>
                        <th scope="col">{t('report.indicator')}</th>
                        <th scope="col">{t('chart.period')}</th>
                        <th scope="col">{t('collect.cell')}</th>
                        <th scope="col" className="numeric">
                          {t('review.submitted')}
                        </th>
                        <th scope="col" className="numeric">
                          {t('review.lastApproved')}
                        </th>
                        <th scope="col" className="numeric">
                          {t('review.change')}
                        </th>
                        <th scope="col">{t('review.evidence')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {values.map((value) => {
                        const label = `${scopeName(value)}, ${value.indicator.nameEn}, ${cellName(i18n, value)}, ${i18n.date(value.periodStart)} – ${i18n.date(value.periodEnd)}`;
                        return (
                          <tr key={value.id} className={changed.has(value.id) ? 'changed' : undefined}>
                            <td>
                              <input
                                type="checkbox"
                                aria-label={t('review.select', { value: label })}
                                checked={selected.has(value.id)}
                                onChange={(event) => {
                                  const next = new Set(selected);
                                  if (event.target.checked) next.add(value.id);
                                  else next.delete(value.id);
                                  setSelected(next);
                                }}
                              />
                            </td>
                            <td>{scopeName(value)}</td>
                            <td>{value.indicator.nameEn}</td>
                            <td>
                              {i18n.date(value.periodStart)} – {i18n.date(value.periodEnd)}
                            </td>
                            <td>{cellName(i18n, value)}</td>
                            <td className="numeric">
                              {i18n.number(value.value)}
                              {changed.has(value.id) && <p className="problem">{t('review.changedSinceLoaded')}</p>}
                            </td>
                            <td className="numeric">
                              {value.previousApproved
                                ? `${i18n.number(value.previousApproved.value)} (${value.previousApproved.periodEnd.slice(0, 4)})`
                                : '–'}
                            </td>
                            <td className="numeric">{change(i18n, value)}</td>
                            <td>
                              {value.evidenceUrls.length === 0
                                ? t('review.noEvidence')
                                : value.evidenceUrls.map((url, index) => (
                                    <a key={url} href={url} rel="noopener noreferrer" target="_blank">
                                      {t('review.evidenceLink', { number: index + 1 })}
                                    </a>
                                  ))}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              )}
              <label className="comment">
                {t('review.comment')}
                <textarea
                  value={comment}
                  rows={3}
                  maxLength={2000}
                  onChange={(event) => setComment(event.target.value)}
                />
              </label>
              <p className="actions">
                <button type="submit" disabled={busy}>
                  {t('review.approve')}
                </button>{' '}
                <button type="button" disabled={busy} onClick={submit('RETURN')}>
                  {t('review.return')}
                </button>
              </p>
              <div aria-live="polite">
                {outcome.kind === 'done' && (
                  <p role="status">
                    {t(outcome.decision === 'APPROVE' ? 'review.approved' : 'review.returned', {
                      count: outcome.count,
                    })}
                  </p>
                )}
                {outcome.kind === 'refused' && <p role="alert">{outcome.message}</p>}
              </div>
            </form>
          );
        }}
      </QueryStatus>
    </>
  );
}
