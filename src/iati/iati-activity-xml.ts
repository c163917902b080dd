import {
  ACTIVITY_DATE,
  ACTIVITY_STATUS,
  BUDGET,
  BUDGET_STATUS,
  BUDGET_TYPE,
  DAC_SECTOR_VOCABULARY,
  DOCUMENT_CATEGORY,
  GENDER_POLICY_MARKER,
  INDICATOR_MEASURE,
  LANGUAGE_OF_COUNTRY,
  ORGANISATION_ROLE,
  ORGANISATION_TYPE,
  RELATED_ACTIVITY,
  RESULT_TYPE,
  TRANSACTION_TYPE,
} from './iati-codes';
import type {
  IatiDisbursement,
  IatiIndicator,
  IatiInitiative,
  IatiOrganisation,
  IatiProgramme,
  IatiValue,
} from './iati-operations';
import { GENDER_MARKERS, GENDER_THEMES, THEME_SECTORS } from './theme-sectors.data';
import { xmlElement, xmlText } from './xml-text';

/** An export refused: the programme asked for is not there for the caller (`notFound`), or cannot be written as the standard asks. */
export class IatiExportRefusal extends Error {
  constructor(
    message: string,
    readonly notFound = false,
  ) {
    super(message);
  }
}

/** What every activity of one programme shares: who reports it, and the programme's own identifier. */
export interface ProgrammeReporting {
  organisation: IatiOrganisation & { iatiIdentifier: string };
  /** The programme's iati-identifier: the reporting organisation's identifier and the programme's code. */
  identifier: string;
}

/** What `iatiExportProblem` needs of a programme: its dates, and its implementers with their organisations. */
export interface ExportableProgramme extends Period {
  code: string;
  implementers: { role: string; organisation: { code: string; iatiIdentifier: string | null } }[];
}

/** The organisation that reports a programme: its lead implementer, else its first. */
function reportingImplementer<P extends ExportableProgramme>(programme: P): P['implementers'][number] | undefined {
  return programme.implementers.find((implementer) => implementer.role === 'LEAD') ?? programme.implementers[0];
}

/**
 * Why the standard cannot take the programme as an activity, or null when it can: it needs a
 * planned or actual start or end date, and a reporting organisation (its lead implementer, else
 * its first) with an IATI organisation identifier.
 */
export function iatiExportProblem(programme: ExportableProgramme): string | null {
  if (!activityDates(programme))
    return `Programme ${programme.code} cannot be exported: it has no planned or actual start or end date, and an IATI activity needs one.`;
  const lead = reportingImplementer(programme);
  if (!lead)
    return `Programme ${programme.code} has no implementer to report it; IATI activities need a reporting organisation.`;
  if (!lead.organisation.iatiIdentifier)
    return `Programme ${programme.code} cannot be exported: its reporting organisation ${lead.organisation.code} (its lead implementer) has no IATI organisation identifier. Set Organisation.iatiIdentifier (updateOrganisation) to the identifier it publishes under; the hub does not make one up.`;
  return null;
}

/** The organisation that reports a programme, and its identifier; refuses a programme the standard cannot take (`iatiExportProblem`). */
export function reportingOf(programme: IatiProgramme): ProgrammeReporting {
  const problem = iatiExportProblem(programme);
  if (problem !== null) throw new IatiExportRefusal(problem);
  const organisation = reportingImplementer(programme)!.organisation;
  const iatiIdentifier = organisation.iatiIdentifier!;
  return {
    organisation: { ...organisation, iatiIdentifier },
    identifier: `${iatiIdentifier}-${programme.code}`,
  };
}

/** An initiative's iati-identifier: its programme's, then its own code. */
export function initiativeIdentifier(reporting: ProgrammeReporting, initiative: { code: string }): string {
  return `${reporting.identifier}-${initiative.code}`;
}

function narrative(text: string, lang?: string | null): string {
  return xmlElement('narrative', { 'xml:lang': lang ?? undefined }, xmlText(text));
}

/** The English text, and the local one where it differs and its language is known. */
function narratives(english: string, local: string | null, localLanguage: string | null): string {
  const localText = local && local !== english && localLanguage ? narrative(local, localLanguage) : '';
  return narrative(english, 'en') + localText;
}

function organisationElement(
  name: 'reporting-org' | 'participating-org',
  organisation: IatiOrganisation,
  extra: Record<string, string> = {},
): string {
  const language = organisation.country ? (LANGUAGE_OF_COUNTRY[organisation.country.code] ?? null) : null;
  return xmlElement(
    name,
    { ref: organisation.iatiIdentifier, type: ORGANISATION_TYPE[organisation.kind], ...extra },
    narratives(organisation.nameEn, organisation.nameLocal, language),
  );
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Status from the period where the record states none: closed once ended, implementation once started, else pipeline. */
function statusFromPeriod(startOn: string | null, endOn: string | null): string {
  const now = today();
  if (endOn && endOn < now) return ACTIVITY_STATUS.closed;
  if (startOn && startOn <= now) return ACTIVITY_STATUS.implementation;
  return ACTIVITY_STATUS.pipeline;
}

const INITIATIVE_STATUS: Record<string, string> = {
  PLANNED: ACTIVITY_STATUS.pipeline,
  ONGOING: ACTIVITY_STATUS.implementation,
  COMPLETED: ACTIVITY_STATUS.closed,
  CANCELLED: ACTIVITY_STATUS.cancelled,
};

interface Period {
  plannedStartOn: string | null;
  plannedEndOn: string | null;
  startOn: string | null;
  endOn: string | null;
}

/** activity-date elements; an actual date still ahead is not actual, so it is left out. */
function activityDates(period: Period): string {
  const now = today();
  const dates: [string, string | null][] = [
    [ACTIVITY_DATE.plannedStart, period.plannedStartOn],
    [ACTIVITY_DATE.actualStart, period.startOn && period.startOn <= now ? period.startOn : null],
    [ACTIVITY_DATE.plannedEnd, period.plannedEndOn],
    [ACTIVITY_DATE.actualEnd, period.endOn && period.endOn <= now ? period.endOn : null],
  ];
  return dates
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([type, date]) => xmlElement('activity-date', { type, 'iso-date': date }))
    .join('');
}

/**
 * The percentage of each of `count` elements of one kind, when there are several: the hub records
 * no split, so an equal one, in hundredths, summing to exactly 100 (the last ones take the
 * hundredths left over: 33.33, 33.33, 33.34). One element needs none (IATI lets it go without).
 */
export function equalPercentages(count: number): (string | undefined)[] {
  if (count <= 1) return Array.from({ length: count }, () => undefined);
  const share = Math.floor(10_000 / count);
  const leftOver = 10_000 - share * count;
  return Array.from({ length: count }, (_, index) => String((share + (index >= count - leftOver ? 1 : 0)) / 100));
}

function sectors(themes: { code: string }[]): string {
  const codes = new Set(themes.map((theme) => theme.code));
  const sectorCodes = [
    ...new Set(THEME_SECTORS.filter((entry) => codes.has(entry.theme)).map((entry) => entry.sector)),
  ];
  const percentages = equalPercentages(sectorCodes.length);
  return sectorCodes
    .map((code, index) =>
      xmlElement('sector', { vocabulary: DAC_SECTOR_VOCABULARY, code, percentage: percentages[index] }),
    )
    .join('');
}

/** The gender-equality policy marker at the significance the data (`GENDER_MARKERS`, else the themes) supports; none when it supports none. */
export function genderMarker(programme: { code: string; themes: { code: string }[] }): string {
  const listed = GENDER_MARKERS.find((marker) => marker.programme === programme.code);
  const significance =
    listed?.significance ??
    (programme.themes.some((theme) => GENDER_THEMES.includes(theme.code))
      ? GENDER_POLICY_MARKER.significant
      : undefined);
  if (!significance) return '';
  return xmlElement('policy-marker', {
    vocabulary: GENDER_POLICY_MARKER.vocabulary,
    code: GENDER_POLICY_MARKER.code,
    significance,
  });
}

function recipientCountries(countries: { code: string }[]): string {
  const percentages = equalPercentages(countries.length);
  return countries
    .map((country, index) => xmlElement('recipient-country', { code: country.code, percentage: percentages[index] }))
    .join('');
}

function budgetElement(type: string, status: string, start: string, end: string, amount: number, currency: string) {
  return xmlElement(
    'budget',
    { type, status },
    xmlElement('period-start', { 'iso-date': start }) +
      xmlElement('period-end', { 'iso-date': end }) +
      xmlElement('value', { currency, 'value-date': start }, String(amount)),
  );
}

/**
 * budget elements: one per budget per period the caller reads; without any, the programme's total
 * (when the caller reads it) over its actual (else planned) period, as original and indicative.
 */
function budgets(programme: IatiProgramme): string {
  const periods = programme.budgets.filter((budget) => budget.value !== null);
  if (periods.length > 0)
    return periods
      .map((budget) =>
        budgetElement(
          BUDGET_TYPE[budget.type],
          BUDGET_STATUS[budget.status],
          budget.periodStart,
          budget.periodEnd,
          budget.value!.amount,
          budget.value!.currency,
        ),
      )
      .join('');
  const start = programme.startOn ?? programme.plannedStartOn;
  const end = programme.endOn ?? programme.plannedEndOn;
  return programme.budget && start && end
    ? budgetElement(BUDGET.original, BUDGET.indicative, start, end, programme.budget.amount, programme.budget.currency)
    : '';
}

function transactionOrganisation(name: 'provider-org' | 'receiver-org', organisation: IatiOrganisation | null) {
  if (!organisation) return '';
  const language = organisation.country ? (LANGUAGE_OF_COUNTRY[organisation.country.code] ?? null) : null;
  return xmlElement(
    name,
    { ref: organisation.iatiIdentifier, type: ORGANISATION_TYPE[organisation.kind] },
    narratives(organisation.nameEn, organisation.nameLocal, language),
  );
}

/** transaction elements of type 3 (Disbursement), one per disbursement whose amount the caller reads. */
function transactions(disbursements: IatiDisbursement[]): string {
  return disbursements
    .filter((disbursement) => disbursement.value !== null)
    .map((disbursement) =>
      xmlElement(
        'transaction',
        {},
        xmlElement('transaction-type', { code: TRANSACTION_TYPE.disbursement }) +
          xmlElement('transaction-date', { 'iso-date': disbursement.disbursedOn }) +
          xmlElement(
            'value',
            { currency: disbursement.value!.currency, 'value-date': disbursement.disbursedOn },
            String(disbursement.value!.amount),
          ) +
          (disbursement.description ? xmlElement('description', {}, narrative(disbursement.description, 'en')) : '') +
          transactionOrganisation('provider-org', disbursement.provider) +
          transactionOrganisation('receiver-org', disbursement.receiver),
      ),
    )
    .join('');
}

function documentFormat(url: string): string {
  return /\.pdf(?:$|[?#])/i.test(url) ? 'application/pdf' : 'text/html';
}

function documentLink(
  source: {
    title: string;
    titleEn?: string | null;
    url: string;
    language?: string | null;
    publishedOn?: string | null;
  },
  category: string,
): string {
  const language = source.language && /^[a-z]{2}$/.test(source.language) ? source.language : null;
  const title =
    narrative(source.title, language ?? undefined) +
    (source.titleEn && source.titleEn !== source.title ? narrative(source.titleEn, 'en') : '');
  return xmlElement(
    'document-link',
    { url: source.url, format: documentFormat(source.url) },
    xmlElement('title', {}, title) +
      xmlElement('category', { code: category }) +
      (language ? xmlElement('language', { code: language }) : '') +
      (source.publishedOn ? xmlElement('document-date', { 'iso-date': source.publishedOn }) : ''),
  );
}

/** A value of a result (baseline, target or actual) with the indicator it measures. */
export type ResultValue = Omit<IatiValue, 'indicator'> & { indicator: IatiIndicator };

function dimensions(value: ResultValue): string {
  return (
    (value.sex === 'TOTAL' ? '' : xmlElement('dimension', { name: 'sex', value: value.sex.toLowerCase() })) +
    (value.role ? xmlElement('dimension', { name: 'role', value: value.role.toLowerCase() }) : '')
  );
}

function valueDocument(value: ResultValue): string {
  return value.source?.url
    ? documentLink({ title: value.source.title, url: value.source.url }, DOCUMENT_CATEGORY.REPORT)
    : '';
}

/** Whether the indicator's values add up across activities and periods (sums, and shares as numerator over denominator). */
function aggregates(indicator: IatiIndicator): boolean {
  return indicator.aggregation === 'SUM' || indicator.aggregation === 'SHARE';
}

/** result elements, one per indicator (by code), each baseline, then each period (by start) with its targets and actuals. */
export function results(values: ResultValue[]): string {
  const byIndicator = new Map<string, ResultValue[]>();
  for (const value of values) {
    const list = byIndicator.get(value.indicator.code) ?? [];
    list.push(value);
    byIndicator.set(value.indicator.code, list);
  }
  return [...byIndicator.keys()]
    .sort()
    .map((code) => {
      const list = byIndicator.get(code)!;
      const indicator = list[0].indicator;
      const baselines = list
        .filter((value) => value.kind === 'BASELINE')
        .map((value) =>
          xmlElement(
            'baseline',
            { year: value.periodStart.slice(0, 4), 'iso-date': value.periodEnd, value: value.value },
            dimensions(value) + valueDocument(value),
          ),
        )
        .join('');
      const periods = new Map<string, ResultValue[]>();
      for (const value of list.filter((entry) => entry.kind !== 'BASELINE')) {
        const key = `${value.periodStart}/${value.periodEnd}`;
        periods.set(key, [...(periods.get(key) ?? []), value]);
      }
      const periodElements = [...periods.keys()]
        .sort()
        .map((key) => {
          const [start, end] = key.split('/');
          const cell = (kind: 'TARGET' | 'ACTUAL') =>
            periods
              .get(key)!
              .filter((value) => value.kind === kind)
              .map((value) =>
                xmlElement(
                  kind === 'TARGET' ? 'target' : 'actual',
                  { value: value.value },
                  dimensions(value) + valueDocument(value),
                ),
              )
              .join('');
          return xmlElement(
            'period',
            {},
            xmlElement('period-start', { 'iso-date': start }) +
              xmlElement('period-end', { 'iso-date': end }) +
              cell('TARGET') +
              cell('ACTUAL'),
          );
        })
        .join('');
      const title = xmlElement('title', {}, narrative(indicator.nameEn, 'en'));
      const description = indicator.definition
        ? xmlElement('description', {}, narrative(indicator.definition, 'en'))
        : '';
      const indicatorElement = xmlElement(
        'indicator',
        {
          measure: INDICATOR_MEASURE[indicator.unit],
          ascending:
            indicator.direction === 'NEUTRAL' ? undefined : indicator.direction === 'HIGHER_IS_BETTER' ? '1' : '0',
          'aggregation-status': aggregates(indicator) ? '1' : '0',
        },
        title +
          description +
          xmlElement('reference', { vocabulary: '99', code: indicator.code }) +
          baselines +
          periodElements,
      );
      return xmlElement(
        'result',
        { type: RESULT_TYPE[indicator.level], 'aggregation-status': aggregates(indicator) ? '1' : '0' },
        title + indicatorElement,
      );
    })
    .join('');
}

function localLanguageOf(countries: { code: string }[]): string | null {
  return countries.length === 1 ? (LANGUAGE_OF_COUNTRY[countries[0].code] ?? null) : null;
}

/** A programme's iati-activity (hierarchy 1), its initiatives' identifiers as children. */
export function programmeActivity(
  programme: IatiProgramme,
  reporting: ProgrammeReporting,
  values: IatiValue[],
  children: string[],
): string {
  const language = localLanguageOf(programme.countries);
  const dates = activityDates(programme);
  const funders = programme.funders
    .map(({ funder }) => organisationElement('participating-org', funder, { role: ORGANISATION_ROLE.funding }))
    .join('');
  const implementers = programme.implementers
    .map(({ role, organisation }) =>
      (role === 'LEAD'
        ? [ORGANISATION_ROLE.accountable, ORGANISATION_ROLE.implementing]
        : [ORGANISATION_ROLE.implementing]
      )
        .map((code) => organisationElement('participating-org', organisation, { role: code }))
        .join(''),
    )
    .join('');
  const documents = programme.sources
    .filter((source): source is typeof source & { url: string } => source.url !== null)
    .map((source) => documentLink(source, DOCUMENT_CATEGORY[source.kind] ?? DOCUMENT_CATEGORY.REPORT))
    .join('');
  const related = children.map((ref) => xmlElement('related-activity', { ref, type: RELATED_ACTIVITY.child })).join('');
  return xmlElement(
    'iati-activity',
    { 'xml:lang': 'en', 'default-currency': programme.budget?.currency, hierarchy: 1 },
    xmlElement('iati-identifier', {}, xmlText(reporting.identifier)) +
      organisationElement('reporting-org', reporting.organisation) +
      xmlElement('title', {}, narratives(programme.nameEn, programme.nameLocal, language)) +
      xmlElement('description', { type: '1' }, narrative(programme.summary ?? programme.nameEn, 'en')) +
      funders +
      implementers +
      xmlElement('activity-status', { code: statusFromPeriod(programme.startOn, programme.endOn) }) +
      dates +
      recipientCountries(programme.countries) +
      sectors(programme.themes) +
      genderMarker(programme) +
      budgets(programme) +
      transactions(programme.disbursements) +
      documents +
      related +
      results(values),
  );
}

/** An initiative's iati-activity (hierarchy 2), its programme as parent; an initiative without dates of its own carries its programme's. */
export function initiativeActivity(
  initiative: IatiInitiative,
  programme: IatiProgramme,
  reporting: ProgrammeReporting,
): string {
  const language = localLanguageOf(programme.countries);
  const ownPeriod = initiative.startOn || initiative.endOn;
  const dates = ownPeriod
    ? activityDates({ plannedStartOn: null, plannedEndOn: null, startOn: initiative.startOn, endOn: initiative.endOn })
    : activityDates(programme);
  if (!dates)
    throw new IatiExportRefusal(
      `Initiative ${initiative.code} cannot be exported: neither it nor its programme ${programme.code} has a start or end date, and an IATI activity needs one.`,
    );
  const lead = initiative.leadOrganisation
    ? organisationElement('participating-org', initiative.leadOrganisation, { role: ORGANISATION_ROLE.implementing })
    : '';
  const status = initiative.status
    ? INITIATIVE_STATUS[initiative.status]
    : statusFromPeriod(initiative.startOn, initiative.endOn);
  const values: ResultValue[] = initiative.results.flatMap((result) =>
    [result.baseline, result.target, result.latestActual]
      .filter((value) => value !== null)
      .map((value) => ({ ...value, indicator: result.indicator })),
  );
  return xmlElement(
    'iati-activity',
    { 'xml:lang': 'en', hierarchy: 2 },
    xmlElement('iati-identifier', {}, xmlText(initiativeIdentifier(reporting, initiative))) +
      organisationElement('reporting-org', reporting.organisation) +
      xmlElement('title', {}, narratives(initiative.nameEn, initiative.nameLocal, language)) +
      xmlElement(
        'description',
        { type: '1' },
        narrative(initiative.summary ?? `An initiative of the programme ${programme.nameEn}.`, 'en'),
      ) +
      organisationElement('participating-org', reporting.organisation, { role: ORGANISATION_ROLE.accountable }) +
      lead +
      xmlElement('activity-status', { code: status }) +
      dates +
      recipientCountries(programme.countries) +
      sectors(initiative.themes.length ? initiative.themes : programme.themes) +
      genderMarker(programme) +
      xmlElement('related-activity', { ref: reporting.identifier, type: RELATED_ACTIVITY.parent }) +
      results(values),
  );
}
