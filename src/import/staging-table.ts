import type { ClientBase } from 'pg';
import type { Viewer } from '../auth/viewer';
import { OBSERVATION_SCOPES, SCOPE_OF_KIND, ScopeKind } from '../entities/observation-scope-types';
import { MAX_REPORTED_PROBLEMS, type ImportProblem } from './import-problem';
import { STAGING_COLUMNS } from './csv-row';

/**
 * The transaction's own table of the file's rows, as `stagingLine` (CSV) or `iatiStagingLine` (IATI)
 * writes them; gone at commit or rollback. A CSV row names a country and maybe a municipality; an
 * IATI row names an activity by its iati-identifier, and the element `path` it comes from.
 */
export const CREATE_STAGING_TABLE = `
create temp table import_row (
  line int not null, indicator text not null, country char(2), municipality text,
  period_start date not null, period_end date not null, sex text not null, role text, kind text not null,
  value numeric not null, numerator numeric, denominator numeric, source text, evidence_urls jsonb not null,
  activity text, path text
) on commit drop`;

/** COPY of the staging lines, in PostgreSQL's text format. */
export const COPY_INTO_STAGING = `copy import_row (${STAGING_COLUMNS.join(', ')}) from stdin`;

/** COPY of IATI staging lines: the CSV's columns, then the activity and the element path. */
export const COPY_IATI_INTO_STAGING = `copy import_row (${[...STAGING_COLUMNS, 'activity', 'path'].join(', ')}) from stdin`;

/**
 * The hub's activities by the iati-identifier the IATI export gives them: a programme's is an
 * implementer's IATI organisation identifier and its code, an initiative's that and its own code.
 */
const ACTIVITIES = `
  select o.iati_identifier || '-' || p.code as activity, p.id as programme_id, null::int as initiative_id
  from programme p
  join programme_implementer pi on pi.programme_id = p.id
  join organisation o on o.id = pi.organisation_id and o.iati_identifier is not null
  where p.archived_at is null
  union all
  select o.iati_identifier || '-' || p.code || '-' || i.code, null, i.id
  from initiative i
  join programme p on p.id = i.programme_id and p.archived_at is null
  join programme_implementer pi on pi.programme_id = p.id
  join organisation o on o.id = pi.organisation_id and o.iati_identifier is not null
  where i.archived_at is null`;

/** The staging rows with what they name resolved: null ids for codes nothing has, and for archived municipalities; the indicators are known (the value rules checked). */
const RESOLVED = `
  select r.*, i.id as indicator_id, c.code as known_country, m.id as municipality_id, s.id as source_id, a.programme_id, a.initiative_id
  from import_row r
  left join indicator i on i.code = r.indicator and i.archived_at is null
  left join country c on c.code = r.country
  left join municipality m on m.country_code = r.country and m.code = r.municipality and m.archived_at is null
  left join source s on s.key = r.source
  left join (${ACTIVITIES}) a on a.activity = r.activity`;

// Every row is checked in one pass against the rest of the hub's data (the value rules ran as the
// row streamed in), into one message per column (null when fine); a row may have several problems.
// A duplicate names the first line with the same natural key (compared byte by byte: the "C"
// collation sorts fastest).
const PROBLEMS = `
with r as (
  select *, first_value(line) over (
    partition by activity collate "C", indicator collate "C", country collate "C", municipality collate "C", period_start, period_end, sex collate "C", role collate "C", kind collate "C"
    order by line
  ) as first_line
  from (${RESOLVED}) resolved
),
checked as (
  select r.line, array[
    case
      when r.activity is not null and r.programme_id is null and r.initiative_id is null
        then format('no programme or initiative of the hub has the iati-identifier %s (an implementer''s IATI organisation identifier, the programme''s code and the initiative''s).', to_json(left(r.activity, 200)))
      when r.activity is null and r.known_country is null then format('no country has the code %s.', r.country) end,
    case when r.known_country is not null and r.municipality is not null and r.municipality_id is null
      then format('%s has no municipality with the code %s.', r.country, to_json(left(r.municipality, 100))) end,
    case when r.source is not null and r.source_id is null then format('no source has the key %s.', to_json(left(r.source, 100))) end,
    case when r.line <> r.first_line
      then format('line %s has the same %s, period, sex, role and kind.', r.first_line,
        case when r.activity is null then 'indicator, country, municipality' else 'activity, indicator' end) end
  ] as messages, r.path
  from r
)
select c.line, coalesce(c.path, p.field) as field, p.message
from checked c cross join lateral unnest(array['country', 'municipality', 'source', null], c.messages) as p(field, message)
where cardinality(array_remove(c.messages, null)) > 0 and p.message is not null
order by c.line, p.field nulls last
limit ${MAX_REPORTED_PROBLEMS}`;

// A REPORTER writes only for its municipalities: a row naming anything else is refused, whether
// or not it exists, so the refusal reveals nothing.
const REFUSALS = `
select r.line, coalesce(r.path, case when r.municipality is null then 'country' else 'municipality' end) as field,
  case when r.activity is not null then format('the activity %s is outside the municipalities this token reports for.', to_json(left(r.activity, 200)))
    when r.municipality is null then format('the country %s is outside the municipalities this token reports for.', r.country)
    else format('%s %s is outside the municipalities this token reports for.', r.country, to_json(left(r.municipality, 100))) end as message
from import_row r
where not exists (select 1 from municipality m where m.country_code = r.country and m.code = r.municipality and m.id = any($1::int[]))
order by r.line
limit ${MAX_REPORTED_PROBLEMS}`;

/** The staging rows as the key and value columns of an observation, for the upsert. */
export const STAGED_OBSERVATIONS = `
  select r.indicator_id,
    case when r.initiative_id is not null then '${ScopeKind.INITIATIVE}' when r.programme_id is not null then '${ScopeKind.PROGRAMME}'
      when r.municipality_id is null then '${ScopeKind.COUNTRY}' else '${ScopeKind.MUNICIPALITY}' end as scope_kind,
    case when r.activity is null and r.municipality_id is null then r.country end as ${SCOPE_OF_KIND.COUNTRY.column}, r.municipality_id as ${SCOPE_OF_KIND.MUNICIPALITY.column},
    ${OBSERVATION_SCOPES.filter(({ kind }) => kind !== ScopeKind.COUNTRY && kind !== ScopeKind.MUNICIPALITY)
      .map(({ kind, column }) =>
        kind === ScopeKind.PROGRAMME
          ? `r.programme_id as ${column}`
          : kind === ScopeKind.INITIATIVE
            ? `r.initiative_id as ${column}`
            : `null::int as ${column}`,
      )
      .join(', ')},
    r.period_start, r.period_end, r.sex, r.role, r.kind, r.value, r.numerator, r.denominator, r.source_id, r.evidence_urls
  from (${RESOLVED}) r`;

/** The rows outside what a non-ADMIN `viewer` may write (first 100 by line). */
export async function stagedRefusals(client: ClientBase, viewer: Viewer): Promise<ImportProblem[]> {
  return (await client.query<ImportProblem>(REFUSALS, [viewer.municipalityIds])).rows;
}

/** What is wrong with the staged rows against the hub's data (first 100 by line). */
export async function stagedProblems(client: ClientBase): Promise<ImportProblem[]> {
  return (await client.query<ImportProblem>(PROBLEMS)).rows;
}
