import { useDocumentTitle } from '../../components/document-title';
import { useState } from 'react';
import { Link } from 'wouter';
import { useQuery } from '../../api/use-query';
import { CountryField, FilterForm, YearField } from '../../components/filter-fields';
import { QueryStatus } from '../../components/query-status';
import { ProgrammeListDocument } from '../../graphql/graphql';
import { useI18n } from '../../i18n/i18n';
import { useUrlState } from '../../url-state';

/** `/`: the programmes the viewer may read, filtered by country, theme and year, searched by name. */
export default function ProgrammeListPage() {
  const { t, date } = useI18n();
  useDocumentTitle(t('programmes.title'));
  const [filters, setFilters] = useUrlState({ country: '', theme: '', year: '', search: '' });
  const [search, setSearch] = useState(filters.search);
  const state = useQuery(ProgrammeListDocument, {
    filter: {
      country: filters.country || null,
      theme: filters.theme || null,
      activeInYear: filters.year ? Number(filters.year) : null,
      search: filters.search || null,
    },
  });
  return (
    <>
      <h1>{t('programmes.title')}</h1>
      <p>{t('programmes.intro')}</p>
      <QueryStatus state={state}>
        {(data) => (
          <>
            <FilterForm search onSubmit={() => setFilters({ search })}>
              <CountryField
                countries={data.countries}
                value={filters.country}
                onChange={(country) => setFilters({ country })}
                anyLabel={t('filter.all')}
              />
              <label>
                {t('filter.theme')}
                <select value={filters.theme} onChange={(event) => setFilters({ theme: event.target.value })}>
                  <option value="">{t('filter.all')}</option>
                  {data.themes.map((theme) => (
                    <option key={theme.code} value={theme.code}>
                      {theme.nameEn}
                    </option>
                  ))}
                </select>
              </label>
              <YearField value={filters.year} onChange={(year) => setFilters({ year })} />
              <label>
                {t('filter.search')}
                <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
              </label>
              <button type="submit">{t('filter.apply')}</button>
            </FilterForm>
            <p>{t('programmes.count', { count: data.programmes.totalCount })}</p>
            <ul className="programme-list">
              {data.programmes.nodes.map((programme) => (
                <li key={programme.code}>
                  <Link href={`/programmes/${encodeURIComponent(programme.code)}`}>{programme.nameEn}</Link>
                  {programme.nameLocal && programme.nameLocal !== programme.nameEn ? (
                    <span lang="und"> · {programme.nameLocal}</span>
                  ) : null}
                  <div className="meta">
                    {/* An open end reads "…", not the missing-value dash beside the range's own dash. */}
                    {[programme.startOn ?? programme.plannedStartOn, programme.endOn ?? programme.plannedEndOn]
                      .map((day) => (day ? date(day) : '…'))
                      .join(' – ')}{' '}
                    · {programme.countries.map((country) => country.nameEn).join(', ')}
                    {programme.themes.length ? ` · ${programme.themes.map((theme) => theme.nameEn).join(', ')}` : ''}
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryStatus>
    </>
  );
}
