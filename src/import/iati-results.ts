import { pipeline } from 'node:stream/promises';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { PersonRole } from '../entities/person-role.enum';
import { Sex } from '../entities/sex.enum';
import {
  GRAPHQL_FIELD_NAMES,
  isWebLink,
  observationValueProblems,
  type IndicatorForValues,
} from '../writes/observation-value-rules';
import { isCalendarDate } from './csv-row';
import { importStaged, type CsvImportOptions } from './import-observations';
import { CsvImportError, MAX_REPORTED_PROBLEMS, refuseFile, type ImportProblem } from './import-problem';
import { COPY_IATI_INTO_STAGING } from './staging-table';
import { utf8Text } from './utf8-text';
import type { SubmitOutcome } from '../writes/submit-observations';

/** A number as IATI files write values; one way to match each run of digits, so a long attribute fails in linear time. */
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d{1,2})?$/;
const ROLES = new Set<string>(Object.values(PersonRole));
/** Lines are sent to COPY in chunks of about this many characters. */
const COPY_CHUNK_CHARACTERS = 64 * 1024;
/** The longest iati-identifier or indicator code read; longer ones are cut, and then match nothing. */
const MAX_CODE_CHARACTERS = 1_000;
/**
 * How deep elements may nest. An IATI 2.03 activity file nests at most 9 deep (a value's
 * document-link title narrative); a file nested deeper is refused at once, so the open elements the
 * reader keeps stay few however the file is built.
 */
export const MAX_ELEMENT_DEPTH = 32;

/** An element open in the file: its name and its path with positions, `/iati-activities/iati-activity[2]/result[1]`. */
interface OpenElement {
  name: string;
  path: string;
  children: Map<string, number>;
}

/** A baseline, target or actual being read. */
interface ValueElement {
  kind: 'BASELINE' | 'TARGET' | 'ACTUAL';
  line: number;
  path: string;
  value: string | undefined;
  periodStart: string | null;
  periodEnd: string | null;
  sex: string;
  role: string | null;
  links: string[];
  /** A problem was found inside it (a dimension, a link): it is not staged. */
  bad: boolean;
}

function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return value.replace(
    /[\\\t\n\r]/g,
    (character) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[character]!,
  );
}

/**
 * Reads an IATI 2.03 activity file's results as staging lines: every baseline, target and actual of
 * an indicator that names the hub's indicator code (`reference vocabulary="99"`), for the activity
 * its `iati-identifier` names, with `dimension name="sex"` (female, male) and `name="role"` as cells,
 * a baseline's period from 1 January of its `year` to its `iso-date` (or 31 December), and each
 * `document-link` of the value as an evidence link. Problems are reported with their line and
 * element path; a file that is not well-formed XML stops at once.
 */
export class IatiResultsReader {
  private readonly parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  private readonly stack: OpenElement[] = [];
  private readonly lines: string[] = [];
  private activity: string | null = null;
  private identifierText: string | null = null;
  private indicator: string | null = null;
  private indicatorPath = '';
  private period: { start: string | null; end: string | null } | null = null;
  private value: ValueElement | null = null;
  private rootSeen = false;
  rows = 0;
  readonly problems: ImportProblem[] = [];

  /** `indicators`: the indicators values may be imported for, by code, as the value rules read them. */
  constructor(private readonly indicators: ReadonlyMap<string, IndicatorForValues>) {
    this.parser.on('opentag', (tag) => this.open(tag));
    this.parser.on('closetag', (tag) => this.close(tag.name));
    this.parser.on('text', (text) => {
      if (this.identifierText !== null && this.identifierText.length < MAX_CODE_CHARACTERS) this.identifierText += text;
    });
    this.parser.on('error', (error) => {
      throw refuseFile(
        this.parser.line,
        this.stack.at(-1)?.path ?? null,
        `the file is not well-formed XML: ${error.message}`,
      );
    });
  }

  /** Reads the next piece of the file's text; answers the staging lines it completed. */
  write(text: string): string {
    this.parser.write(text);
    return this.take();
  }

  /** Ends the file; answers the last staging lines. */
  end(): string {
    this.parser.close();
    if (!this.rootSeen) throw refuseFile(1, null, 'the file is empty; an IATI file starts with <iati-activities>.');
    return this.take();
  }

  private take(): string {
    const text = this.lines.join('');
    this.lines.length = 0;
    return text;
  }

  private problem(path: string, message: string, line = this.parser.line): void {
    this.problems.push({ line, field: path, message });
    if (this.problems.length >= MAX_REPORTED_PROBLEMS) throw new CsvImportError('BAD_USER_INPUT', this.problems);
  }

  private open(tag: SaxesTagPlain): void {
    const parent = this.stack.at(-1);
    const position = (parent?.children.get(tag.name) ?? 0) + 1;
    parent?.children.set(tag.name, position);
    const path = `${parent?.path ?? ''}/${tag.name}[${position}]`;
    if (this.stack.length >= MAX_ELEMENT_DEPTH)
      throw refuseFile(
        this.parser.line,
        parent!.path,
        `elements are nested more than ${MAX_ELEMENT_DEPTH} deep; an IATI activity file nests at most 9.`,
      );
    this.stack.push({ name: tag.name, path, children: new Map() });
    const attributes = tag.attributes as Record<string, string>;
    const within = (name: string) => parent?.name === name;
    if (!parent) {
      this.rootSeen = true;
      if (tag.name !== 'iati-activities')
        this.problem(path, `the file's root is <${tag.name}>, not <iati-activities>.`);
      else if (attributes.version !== '2.03')
        this.problem(
          path,
          `the file is of IATI version ${JSON.stringify(attributes.version ?? '')}; the hub reads 2.03.`,
        );
      return;
    }
    if (tag.name === 'iati-activity' && within('iati-activities')) {
      this.activity = null;
    } else if (tag.name === 'iati-identifier' && within('iati-activity')) {
      this.identifierText = '';
    } else if (tag.name === 'indicator' && within('result')) {
      this.indicator = null;
      this.indicatorPath = path;
    } else if (tag.name === 'reference' && within('indicator') && attributes.vocabulary === '99') {
      this.indicator = (attributes.code ?? '').slice(0, MAX_CODE_CHARACTERS);
    } else if (tag.name === 'period' && within('indicator')) {
      this.period = { start: null, end: null };
    } else if ((tag.name === 'period-start' || tag.name === 'period-end') && within('period') && this.period) {
      const date = attributes['iso-date'] ?? '';
      if (!isCalendarDate(date)) this.problem(path, `${JSON.stringify(date.slice(0, 40))} is not a date YYYY-MM-DD.`);
      else if (tag.name === 'period-start') this.period.start = date;
      else this.period.end = date;
    } else if (tag.name === 'baseline' && within('indicator')) {
      const year = attributes.year ?? '';
      const isoDate = attributes['iso-date'];
      if (!/^\d{4}$/.test(year)) this.problem(path, `year ${JSON.stringify(year.slice(0, 40))} is not a year.`);
      else if (isoDate !== undefined && (!isCalendarDate(isoDate) || isoDate < `${year}-01-01`))
        this.problem(
          path,
          `iso-date ${JSON.stringify(isoDate.slice(0, 40))} is not a date YYYY-MM-DD in or after ${year}.`,
        );
      this.value = this.valueElement('BASELINE', path, attributes.value, `${year}-01-01`, isoDate ?? `${year}-12-31`);
      if (this.problems.at(-1)?.field === path) this.value.bad = true;
    } else if ((tag.name === 'target' || tag.name === 'actual') && within('period') && this.period) {
      this.value = this.valueElement(
        tag.name === 'target' ? 'TARGET' : 'ACTUAL',
        path,
        attributes.value,
        this.period.start,
        this.period.end,
      );
    } else if (tag.name === 'dimension' && this.value && within(this.value.kind.toLowerCase())) {
      this.dimension(path, attributes.name ?? '', attributes.value ?? '');
    } else if (tag.name === 'document-link' && this.value && within(this.value.kind.toLowerCase())) {
      const url = attributes.url ?? '';
      if (isWebLink(url)) this.value.links.push(url);
      else this.badValue(path, `url ${JSON.stringify(url.slice(0, 100))} is not an http or https link.`);
    }
  }

  private valueElement(
    kind: ValueElement['kind'],
    path: string,
    value: string | undefined,
    periodStart: string | null,
    periodEnd: string | null,
  ): ValueElement {
    return {
      kind,
      line: this.parser.line,
      path,
      value,
      periodStart,
      periodEnd,
      sex: 'TOTAL',
      role: null,
      links: [],
      bad: false,
    };
  }

  /** A problem inside the value being read, which is then not staged. */
  private badValue(path: string, message: string): void {
    this.value!.bad = true;
    this.problem(path, message);
  }

  private dimension(path: string, name: string, value: string): void {
    const cell = value.toUpperCase();
    if (name === 'sex' && (cell === 'FEMALE' || cell === 'MALE')) this.value!.sex = cell;
    else if (name === 'role' && ROLES.has(cell)) this.value!.role = cell;
    else if (name === 'sex')
      this.badValue(path, `sex ${JSON.stringify(value.slice(0, 40))} is neither female nor male.`);
    else if (name === 'role')
      this.badValue(
        path,
        `role ${JSON.stringify(value.slice(0, 40))} is not one of ${[...ROLES].join(', ').toLowerCase()}.`,
      );
    else
      this.badValue(
        path,
        `dimension ${JSON.stringify(name.slice(0, 40))} is not one the hub splits values by (sex, role).`,
      );
  }

  private close(name: string): void {
    const element = this.stack.pop()!;
    if (name === 'iati-identifier' && this.identifierText !== null) {
      this.activity = this.identifierText.trim();
      this.identifierText = null;
    } else if (name === 'period') {
      this.period = null;
    } else if (name === 'indicator') {
      this.indicator = null;
    } else if (this.value && element.path === this.value.path) {
      this.stage(this.value);
      this.value = null;
    }
  }

  private stage(value: ValueElement): void {
    const at = (message: string) => this.problem(value.path, message, value.line);
    const problemsBefore = this.problems.length;
    if (!this.activity) at('the activity has no iati-identifier before its results.');
    if (this.indicator === null)
      at(
        `the indicator (${this.indicatorPath}) has no <reference vocabulary="99" code="..."/> naming the hub's indicator code.`,
      );
    if (value.value === undefined) at('has no value.');
    else if (!NUMBER.test(value.value)) at(`value ${JSON.stringify(value.value.slice(0, 40))} is not a number.`);
    if (!value.periodStart || !value.periodEnd) at('its period has no start or no end.');
    const number = value.value !== undefined && NUMBER.test(value.value) ? Number(value.value) : null;
    observationValueProblems(
      {
        indicator: this.indicator,
        periodStart: value.periodStart,
        periodEnd: value.periodEnd,
        sex: value.sex as Sex,
        role: value.role,
        value: number,
        numerator: null,
        denominator: null,
        evidenceUrls: value.links,
      },
      this.indicator === null ? undefined : this.indicators.get(this.indicator),
      GRAPHQL_FIELD_NAMES,
      (_field, message) => at(message),
    );
    if (value.bad || this.problems.length > problemsBefore) return;
    this.rows += 1;
    this.lines.push(
      [
        String(value.line),
        this.indicator,
        null,
        null,
        value.periodStart,
        value.periodEnd,
        value.sex,
        value.role,
        value.kind,
        value.value!,
        null,
        null,
        null,
        JSON.stringify(value.links),
        this.activity,
        value.path,
      ]
        .map(copyField)
        .join('\t') + '\n',
    );
  }
}

/**
 * Imports the results of an IATI 2.03 activity file (see `IatiResultsReader`) into observations of
 * the programmes and initiatives its activities are, through the CSV import's staging table, checks
 * and upsert: all or nothing, within the caller's scope, each problem with its line and element path.
 */
export async function importIatiResults(
  bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: Pick<CsvImportOptions, 'databaseUrl' | 'viewer' | 'asDraft'>,
): Promise<SubmitOutcome> {
  return importStaged(options, 'the file holds no baseline, target or actual.', async (client: Client, indicators) => {
    const reader = new IatiResultsReader(indicators);
    async function* stagingLines(texts: AsyncIterable<string>): AsyncGenerator<string> {
      let chunk = '';
      for await (const text of texts) {
        chunk += reader.write(text);
        if (chunk.length >= COPY_CHUNK_CHARACTERS) {
          yield chunk;
          chunk = '';
        }
      }
      chunk += reader.end();
      if (chunk) yield chunk;
    }
    await pipeline(bytes, utf8Text, stagingLines, client.query(copyFrom(COPY_IATI_INTO_STAGING)));
    return { rows: reader.rows, problems: reader.problems };
  });
}
