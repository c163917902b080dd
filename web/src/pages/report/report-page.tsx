import { useEffect } from 'react';
import { useDocumentTitle } from '../../components/document-title';
import { usePostedQuery } from '../../api/use-posted-query';
import { QueryStatus } from '../../components/query-status';
import { SignInPrompt } from '../../components/sign-in-prompt';
import { ReportFormDocument, type ReportFormQuery } from '../../graphql/graphql';
import { useI18n } from '../../i18n/i18n';
import { useUrlState } from '../../url-state';
import { CsvUpload } from './csv-upload';
import { ValueGrid } from './value-grid';

/** `NO-0501` into its country and official code. */
function splitMunicipality(value: string): { country: string; code: string } {
  const match = /^([A-Z]{2})-([0-9A-Za-z]{1,20})$/.exec(value);
  return match ? { country: match[1], code: match[2] } : { country: 'NO', code: '' };
}

const LAST_YEAR = String(new Date().getUTCFullYear() - 1);

/** The choice of municipality, year and indicators, kept in the page's URL. */
function ReportChoice({
  data,
  state,
  update,
}: {
  data: ReportFormQuery;
  state: { municipality: string; year: string; indicators: string };
  update: (changes: Partial<{ municipality: string; year: string; indicators: string }>) => void;
}) {
  const { t } = useI18n();
  const chosen = new Set(state.indicators.split(',').filter(Boolean));
  const reported = data.indicators.nodes.filter((indicator) => indicator.computation === 'REPORTED');
  const toggle = (code: string, on: boolean) => {
    const next = reported.map((indicator) => indicator.code).filter((c) => (c === code ? on : chosen.has(c)));
    update({ indicators: next.join(',') });
  };
  return (
    <form className="filters" onSubmit={(event) => event.preventDefault()}>
      <label>
        {t('collect.municipality')}
        <select value={state.municipality} onChange={(event) => update({ municipality: event.target.value })}>
          <option value="">{t('collect.chooseMunicipality')}</option>
          {data.viewer.municipalities.map((municipality) => (
            <option key={municipality.id} value={`${municipality.country.code}-${municipality.code}`}>
              {municipality.nameLocal} ({municipality.country.code} {municipality.code})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filter.year')}
        <input
          type="number"
          min={1990}
          max={2100}
          value={state.year}
          onChange={(event) => update({ year: event.target.value })}
        />
      </label>
      <fieldset className="indicator-choice">
        <legend>{t('collect.indicators')}</legend>
        {reported.map((indicator) => (
          <label key={indicator.code}>
            <input
              type="checkbox"
              checked={chosen.has(indicator.code)}
              onChange={(event) => toggle(indicator.code, event.target.checked)}
            />{' '}
            {indicator.nameEn}
          </label>
        ))}
      </fieldset>
    </form>
  );
}

/**
 * `/report`: a reporter's form. It chooses one of its municipalities, a year and the indicators;
 * enters each expected value (totals, women and men, roles where the indicator is split) with its
 * unit and allowed range; saves them as drafts or submits them for review; sees each value's review
 * state, the reviewer's comment and its history; or uploads a CSV file of values.
 */
export default function ReportPage() {
  const { t } = useI18n();
  useDocumentTitle(t('collect.title'));
  const [state, update] = useUrlState({ municipality: '', year: LAST_YEAR, indicators: '' });
  const { country, code } = splitMunicipality(state.municipality);
  const year = /^\d{4}$/.test(state.year) ? state.year : LAST_YEAR;
  const [query, reload] = usePostedQuery(ReportFormDocument, {
    country,
    code,
    chosen: code !== '',
    from: `${year}-01-01`,
    to: `${year}-12-31`,
  });
  // A reporter for one municipality reports for it: it is chosen when the URL names none.
  const viewer = query.status === 'done' ? query.data.viewer : undefined;
  const only = viewer?.role === 'REPORTER' && viewer.municipalities.length === 1 ? viewer.municipalities[0] : undefined;
  const onlyKey = only ? `${only.country.code}-${only.code}` : '';
  useEffect(() => {
    if (onlyKey !== '' && state.municipality === '') update({ municipality: onlyKey });
  }, [onlyKey, state.municipality]);
  return (
    <>
      <h1>{t('collect.title')}</h1>
      <p>{t('collect.intro')}</p>
      <QueryStatus state={query}>
        {(data) => {
          const role = data.viewer.role;
          if (role !== 'REPORTER' && role !== 'ADMIN')
            return role === null ? <SignInPrompt /> : <p role="alert">{t('collect.notReporter')}</p>;
          const mine = data.viewer.municipalities.some(
            (municipality) => `${municipality.country.code}-${municipality.code}` === state.municipality,
          );
          const municipality = data.municipality;
          return (
            <>
              <ReportChoice data={data} state={state} update={update} />
              {code === '' ? (
                <p>{t('collect.choose')}</p>
              ) : !mine && role !== 'ADMIN' ? (
                <p role="alert">{t('collect.notYours', { municipality: state.municipality })}</p>
              ) : municipality ? (
                <ValueGrid
                  municipality={municipality}
                  indicators={data.indicators.nodes.filter((indicator) =>
                    state.indicators.split(',').includes(indicator.code),
                  )}
                  year={year}
                  onSaved={reload}
                />
              ) : null}
              <CsvUpload onImported={reload} />
            </>
          );
        }}
      </QueryStatus>
    </>
  );
}
