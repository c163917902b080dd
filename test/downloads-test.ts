import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCsv } from '../src/export/csv-output';
import type { ExportPage, ExportTable } from '../src/export/export-table';
import { writeXlsx } from '../src/export/xlsx-output';
import { generateBenchmarkCountry, generateBenchmarkIndicators } from './support/generated-benchmark-data';
import { initScratchHub, initTestHub, type TestHub } from './support/test-hub';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The benchmarking page's ranking on the seeded hub: Norway's municipalities, none with a value. */
const RANKING = /* GraphQL */ `
  query ($indicators: [WeightedIndicator!]!) {
    municipalityRanking(country: "NO", year: 2024, indicators: $indicators, normalisation: MIN_MAX) {
      entries(first: 100) {
        nodes {
          rank
          composite
          municipality {
            code
            nameLocal
          }
          coverage {
            available
            requested
          }
        }
      }
    }
  }
`;
const SERIES = /* GraphQL */ `
  query {
    series(indicator: "MUNICIPALITIES_COUNT", from: "2020-01-01", to: "2024-12-31", period: YEAR, groupBy: [COUNTRY]) {
      points {
        periodStart
        periodEnd
        value
        observationCount
        country {
          nameEn
        }
      }
    }
  }
`;
const CHARTER = /* GraphQL */ `
  query {
    charterSignatoryCounts(from: 2006, to: 2024) {
      country {
        code
      }
      year
      signatories
      signedInYear
      overdue
      reportedSignatories {
        value
        sourceQuote
        source {
          title
          url
        }
      }
    }
  }
`;

let hub: TestHub;
let origin: string;

async function download(path: string): Promise<{ status: number; type: string | null; body: Buffer }> {
  const response = await fetch(`${origin}${path}`);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

async function csvRows(path: string): Promise<Record<string, string>[]> {
  const { status, type, body } = await download(path);
  expect(status, body.toString().slice(0, 500)).toBe(200);
  expect(type).toBe('text/csv; charset=utf-8');
  expect(body.subarray(0, 3)).toEqual(BOM);
  return parse<Record<string, string>>(body, { bom: true, columns: true });
}

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const { status, body } = await download(path);
  expect(status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return book;
}

/** A sheet's rows below its header, as the cells' values. */
function sheetRows(book: ExcelJS.Workbook, name: string): unknown[][] {
  const rows: unknown[][] = [];
  book.getWorksheet(name)!.eachRow((row, number) => {
    if (number > 1) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

beforeAll(async () => {
  hub = await initTestHub();
  origin = new URL(await hub.listen()).origin;
});
afterAll(() => hub.close());

describe('Downloads of the benchmark ranking', () => {
  const path =
    '/export/benchmark-ranking.{ext}?country=NO&year=2024&indicators=INITIATIVES_FUNDED:2&normalisation=MIN_MAX';

  it('CSV: UTF-8 with BOM, the ranking the operation gives (Tromsø and Bodø as written), with its source', async () => {
    const { data } = await hub.query(RANKING, { indicators: [{ code: 'INITIATIVES_FUNDED', weight: 2 }] });
    const entries = data!.municipalityRanking.entries.nodes;
    const rows = await csvRows(path.replace('{ext}', 'csv'));
    expect(
      rows.map((row) => [
        row['Municipality code'],
        row.Municipality,
        row['Indicators with a value'],
        row['Indicators chosen'],
      ]),
    ).toEqual(
      entries.map((entry: any) => [
        entry.municipality.code,
        entry.municipality.nameLocal,
        String(entry.coverage.available),
        String(entry.coverage.requested),
      ]),
    );
    expect(rows.map((row) => row.Municipality)).toEqual(expect.arrayContaining(['Tromsø', 'Bodø']));
    expect(rows.every((row) => row.Source?.includes('INITIATIVES_FUNDED') === true)).toBe(true);
  });

  it('XLSX: the same rows, counts as numbers, and a Sources sheet', async () => {
    const book = await workbook(path.replace('{ext}', 'xlsx'));
    const rows = sheetRows(book, 'Ranking');
    const csv = await csvRows(path.replace('{ext}', 'csv'));
    expect(rows.map((row) => row[2])).toEqual(csv.map((row) => row.Municipality));
    expect(rows.every((row) => typeof row[6] === 'number' && typeof row[7] === 'number')).toBe(true);
    expect(sheetRows(book, 'Sources').some((row) => String(row[2]).startsWith('INITIATIVES_FUNDED'))).toBe(true);
  });
});

describe('Downloads of a series', () => {
  const path = '/export/series.{ext}?indicator=MUNICIPALITIES_COUNT&from=2020&to=2024&period=YEAR&groupBy=COUNTRY';

  it('CSV and XLSX hold the points the operation gives; XLSX has dates as dates and values as numbers', async () => {
    const { data } = await hub.query(SERIES);
    const points = data!.series.points;
    expect(points.length).toBeGreaterThan(0);
    const csv = await csvRows(path.replace('{ext}', 'csv'));
    expect(
      csv.map((row) => [row['Period start'], row['Period end'], row.Country, row.Value, row.Observations]),
    ).toEqual(
      points.map((point: any) => [
        point.periodStart,
        point.periodEnd,
        point.country?.nameEn ?? '',
        point.value === null ? '' : String(point.value),
        String(point.observationCount),
      ]),
    );
    const rows = sheetRows(await workbook(path.replace('{ext}', 'xlsx')), 'Series');
    expect(rows.map((row) => (row[0] as Date).toISOString().slice(0, 10))).toEqual(
      points.map((point: any) => point.periodStart),
    );
    expect(rows.map((row) => row[8] ?? null)).toEqual(points.map((point: any) => point.value));
    expect(rows.some((row) => typeof row[8] === 'number')).toBe(true);
  });
  it('follows every choice of the page: one period for the whole range, grouped by programme', async () => {
    const rows = await csvRows(
      '/export/series.csv?indicator=GENDER_TRAINING_PARTICIPANTS&from=2008&to=2013&period=CUSTOM&groupBy=PROGRAMME',
    );
    expect(rows.map((row) => [row['Period start'], row['Period end'], row.Programme, row.Value])).toEqual([
      ['2008-01-01', '2013-12-31', 'Programme for Sustainable Gender Equality', '66000'],
    ]);
  });
});

describe('Downloads of the Charter counts', () => {
  const path = '/export/charter-counts.{ext}?from=2006&to=2024';

  it('CSV and XLSX hold the years with any count, reported figures with their sources', async () => {
    const { data } = await hub.query(CHARTER);
    const shown = data!.charterSignatoryCounts.filter(
      (point: any) => point.signatories || point.signedInYear || point.reportedSignatories || point.overdue,
    );
    const csv = await csvRows(path.replace('{ext}', 'csv'));
    expect(
      csv.map((row) => [
        row['Country code'],
        Number(row.Year),
        Number(row['Signatories recorded']),
        row['Signatories reported'],
        row['Source of the reported count'],
        row['Its words'],
      ]),
    ).toEqual(
      shown.map((point: any) => [
        point.country.code,
        point.year,
        point.signatories,
        point.reportedSignatories ? String(point.reportedSignatories.value) : '',
        point.reportedSignatories?.source.title ?? '',
        point.reportedSignatories?.sourceQuote ?? '',
      ]),
    );
    expect(shown.some((point: any) => point.reportedSignatories)).toBe(true);
    const book = await workbook(path.replace('{ext}', 'xlsx'));
    const rows = sheetRows(book, 'Charter signatories');
    expect(rows.map((row) => [row[0], row[2], row[4]])).toEqual(
      shown.map((point: any) => [point.country.code, point.year, point.signatories]),
    );
    const sources = sheetRows(book, 'Sources').map((row) => row[0]);
    for (const point of shown.filter((each: any) => each.reportedSignatories))
      expect(sources.some((title) => String(title).startsWith(point.reportedSignatories.source.title))).toBe(true);
  });
});

describe("Downloads of a programme's results", () => {
  const RESULTS = /* GraphQL */ `
    query {
      programme(code: "HAJ") {
        results {
          indicator {
            code
          }
          latestActual {
            value
            periodEnd
            sourceQuote
            source {
              title
              url
            }
          }
          progress
        }
      }
    }
  `;

  it("CSV and XLSX hold each indicator with its latest value, the value's source and its words", async () => {
    const { data } = await hub.query(RESULTS);
    const results = data!.programme.results;
    const csv = await csvRows('/export/programme-results.csv?code=HAJ');
    expect(
      csv.map((row) => [
        row['Indicator code'],
        row['Latest actual'],
        row['Latest actual: period end'],
        row['Latest actual: source'],
        row["Latest actual: source's words"],
      ]),
    ).toEqual(
      results.map((result: any) => [
        result.indicator.code,
        result.latestActual ? String(result.latestActual.value) : '',
        result.latestActual?.periodEnd ?? '',
        result.latestActual?.source.title ?? '',
        result.latestActual?.sourceQuote ?? '',
      ]),
    );
    expect(csv.find((row) => row['Indicator code'] === 'INITIATIVES_FUNDED')?.['Latest actual']).toBe('88');
    const book = await workbook('/export/programme-results.xlsx?code=HAJ');
    const rows = sheetRows(book, 'Results');
    expect(rows.map((row) => row[15] ?? null)).toEqual(
      results.map((result: any) => result.latestActual?.value ?? null),
    );
    expect(rows.find((row) => row[0] === 'INITIATIVES_FUNDED')?.[15]).toBe(88);
    const titles = sheetRows(book, 'Sources').map((row) => String(row[0]));
    for (const result of results.filter((each: any) => each.latestActual))
      expect(titles.some((title) => title.startsWith(result.latestActual.source.title))).toBe(true);
  });

  it('the figures recorded beside those reported: 88 initiatives reported, with the source', async () => {
    const { data } = await hub.query(
      `{ programme(code: "HAJ") { computedFigures { kind value difference reported { value source { title } } } } }`,
    );
    const figures = data!.programme.computedFigures;
    const csv = await csvRows('/export/programme-computed-figures.csv?code=HAJ');
    expect(
      csv.map((row) => [row.Figure, row.Recorded, row.Reported, row.Difference, row['Source of the reported figure']]),
    ).toEqual(
      figures.map((figure: any) => [
        figure.kind,
        figure.value === null ? '' : String(figure.value),
        figure.reported ? String(figure.reported.value) : '',
        figure.difference === null ? '' : String(figure.difference),
        figure.reported?.source.title ?? '',
      ]),
    );
    expect(csv.find((row) => row.Figure === 'INITIATIVE_COUNT')?.Reported).toBe('88');
    const rows = sheetRows(await workbook('/export/programme-computed-figures.xlsx?code=HAJ'), 'Reported and recorded');
    expect(rows.find((row) => row[0] === 'INITIATIVE_COUNT')?.[7]).toBe(88);
  });

  it('a programme the hub does not hold is 404', async () => {
    expect((await download('/export/programme-results.csv?code=NO_SUCH')).status).toBe(404);
  });
});

describe("Downloads of an indicator's values", () => {
  const VALUES = /* GraphQL */ `
    query {
      observations(
        filter: { indicator: "MUNICIPALITIES_COUNT", periodFrom: "2020-01-01", periodTo: "2024-12-31" }
        first: 100
      ) {
        nodes {
          scope {
            ... on Country {
              code
            }
          }
          periodStart
          value
          sourceQuote
          source {
            title
            url
          }
        }
      }
    }
  `;

  it('CSV and XLSX hold every value with its source, in the order of the connection', async () => {
    const { data } = await hub.query(VALUES);
    const values = data!.observations.nodes;
    expect(values.length).toBeGreaterThan(0);
    const csv = await csvRows('/export/observations.csv?indicator=MUNICIPALITIES_COUNT&from=2020&to=2024');
    expect(
      csv.map((row) => [row['Scope code'], row['Period start'], Number(row.Value), row.Source, row['Source address']]),
    ).toEqual(
      values.map((value: any) => [
        value.scope.code,
        value.periodStart,
        value.value,
        value.source?.title ?? '',
        value.source?.url ?? '',
      ]),
    );
    const rows = sheetRows(
      await workbook('/export/observations.xlsx?indicator=MUNICIPALITIES_COUNT&from=2020&to=2024'),
      'Values',
    );
    expect(rows.map((row) => row[9])).toEqual(values.map((value: any) => value.value));
    expect(rows.every((row) => row[5] instanceof Date)).toBe(true);
  });
});

/** A page of a ranking, as the test below reads it. */
interface RankingPage {
  municipalityRanking: {
    entries: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: { municipality: { code: string } }[];
    };
  };
}

describe('Downloads longer than a page of the operation', () => {
  let scratch: TestHub;
  let scratchOrigin: string;
  beforeAll(async () => {
    scratch = await initScratchHub();
    const em = scratch.orm.em.fork();
    await generateBenchmarkCountry(em, await generateBenchmarkIndicators(em), { code: 'RS', count: 250, seed: 12 });
    scratchOrigin = new URL(await scratch.listen()).origin;
  });
  afterAll(() => scratch?.close());

  async function rankingPage(after: string | null): Promise<RankingPage['municipalityRanking']> {
    const { data } = await scratch.query<RankingPage>(
      `query ($after: String) { municipalityRanking(country: "RS", year: 2022, indicators: [{ code: "BM_PAY_GAP" }, { code: "BM_WOMEN_COUNCILLORS_SHARE", weight: 2 }], normalisation: Z_SCORE) { entries(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { municipality { code } } } } }`,
      { after },
    );
    return data!.municipalityRanking;
  }

  async function scratchCsv(path: string): Promise<Record<string, string>[]> {
    const response = await fetch(`${scratchOrigin}${path}`);
    expect(response.status).toBe(200);
    return parse<Record<string, string>>(Buffer.from(await response.arrayBuffer()), { bom: true, columns: true });
  }

  it('the ranking of 250 municipalities comes whole, in the order of its pages', async () => {
    const codes: string[] = [];
    let after: string | null = null;
    do {
      const { entries } = await rankingPage(after);
      codes.push(...entries.nodes.map((entry) => entry.municipality.code));
      after = entries.pageInfo.hasNextPage ? entries.pageInfo.endCursor : null;
    } while (after);
    expect(codes.length).toBeGreaterThan(200);
    const rows = await scratchCsv(
      '/export/benchmark-ranking.csv?country=RS&year=2022&indicators=BM_PAY_GAP,BM_WOMEN_COUNCILLORS_SHARE:2&normalisation=Z_SCORE',
    );
    expect(rows.map((row) => row['Municipality code'])).toEqual(codes);
  });

  it("an indicator's values past the first page come whole", async () => {
    const { data } = await scratch.query(
      `{ observations(filter: { indicator: "BM_PAY_GAP", periodFrom: "2022-01-01", periodTo: "2022-12-31" }, first: 1) { totalCount } }`,
    );
    expect(data!.observations.totalCount).toBeGreaterThan(100);
    const rows = await scratchCsv('/export/observations.csv?indicator=BM_PAY_GAP&from=2022&to=2022');
    expect(rows.length).toBe(data!.observations.totalCount);
  });
});

describe('Refused downloads', () => {
  it.each([
    [
      '/export/charter-counts.csv?from=twenty',
      "The parameter 'from' must be a whole number from 1900 to 2100; it is 'twenty'.",
    ],
    [
      '/export/series.xlsx?indicator=INITIATIVES_FUNDED&period=DECADE',
      "The parameter 'period' must be one of YEAR, HALF_YEAR, QUARTER, CUSTOM; it is 'DECADE'.",
    ],
    ['/export/benchmark-ranking.csv?country=NO&year=2024', "The parameter 'indicators' is required."],
    [
      '/export/benchmark-ranking.csv?country=NO&year=2024&indicators=INITIATIVES_FUNDED:-1',
      "The parameter 'indicators' holds 'INITIATIVES_FUNDED:-1'; each item must be CODE or CODE:WEIGHT with a weight of 0 or more.",
    ],
    [
      '/export/benchmark-ranking.csv?country=NO&year=2024&indicators=INITIATIVES_FUNDED:1e300,GENDER_TRAINING_PARTICIPANTS',
      'The parameter \'indicators\' is refused: weight 1e+300 of "INITIATIVES_FUNDED" is more than 1000; only the ratios between weights matter.',
    ],
    [
      '/export/benchmark-ranking.csv?country=NO&year=2024&indicators=INITIATIVES_FUNDED:2,INITIATIVES_FUNDED',
      'The parameter \'indicators\' is refused: "INITIATIVES_FUNDED" is listed twice; give each indicator once, with its weight.',
    ],
    [
      '/export/benchmark-ranking.csv?country=NO&year=2024&indicators=INITIATIVES_FUNDED:0',
      "The parameter 'indicators' is refused: weights sum to zero; give at least one indicator a positive weight.",
    ],
    ['/export/charter-counts.csv?from=2020&to=2010', "The parameter 'to' is refused: 2010 is before from 2020."],
    [
      '/export/observations.csv?indicator=MUNICIPALITIES_COUNT&from=2024&to=2020',
      "The parameter 'to' is refused: 2020 is before from 2024.",
    ],
    [
      '/export/series.csv?indicator=MUNICIPALITIES_COUNT&from=2024&to=2020',
      "The parameter 'to' is refused: 2020 is before from 2024.",
    ],
  ])('%s is 400 with its reason', async (path, message) => {
    const { status, body } = await download(path);
    expect(status).toBe(400);
    expect(JSON.parse(body.toString()).errors[0].message).toBe(message);
  });

  it('an indicator the hub does not know is refused with the operation’s own error, before any byte of a file', async () => {
    const { status, type } = await download('/export/series.csv?indicator=NO_SUCH_INDICATOR');
    expect(status).toBeGreaterThanOrEqual(400);
    expect(type).toContain('application/json');
  });

  it('an unknown table is 404 naming the tables', async () => {
    const { status, body } = await download('/export/nothing.csv');
    expect(status).toBe(404);
    expect(JSON.parse(body.toString()).errors[0].message).toContain(
      'benchmark-ranking, series, charter-counts, programme-results',
    );
  });
});

describe('Files keep every letter', () => {
  const NAMES = ['Čačak', 'Ćuprija', 'Niš', 'Užice', 'Београд', 'Tromsø', 'Håbo'];
  const table: ExportTable<null> = {
    name: 'names',
    title: 'Names',
    columns: [
      { header: 'Name', type: 'text' },
      { header: 'Day', type: 'date' },
      { header: 'Value', type: 'number' },
    ],
    variables: () => null,
    async *pages(): AsyncIterable<ExportPage> {
      yield {
        rows: NAMES.map((name, index) => [name, `2024-0${index + 1}-15`, index + 0.5]),
        sources: [
          { title: 'Републички завод за статистику', url: 'https://www.stat.gov.rs/', note: 'Žene i muškarci' },
        ],
      };
    },
  };

  async function written(write: typeof writeCsv): Promise<Buffer> {
    const out = new PassThrough();
    const [body] = await Promise.all([
      buffer(out),
      write(
        table,
        table.pages(() => Promise.reject(new Error('The table runs no operation.')), null),
        out,
      ),
    ]);
    return body;
  }

  it('CSV is UTF-8 behind a BOM, so Excel reads č, ć, š, ž, ø, å and Cyrillic as written', async () => {
    const body = await written(writeCsv);
    expect(body.subarray(0, 3)).toEqual(BOM);
    const rows = parse<Record<string, string>>(body, { bom: true, columns: true });
    expect(rows.map((row) => row.Name)).toEqual(NAMES);
    expect(rows[0]).toEqual({ Name: 'Čačak', Day: '2024-01-15', Value: '0.5' });
  });

  it('XLSX keeps the letters, days as dates and values as numbers, and lists the source', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await written(writeXlsx)) as unknown as ArrayBuffer);
    const rows = sheetRows(book, 'Names');
    expect(rows.map((row) => row[0])).toEqual(NAMES);
    expect(rows[0]).toEqual(['Čačak', new Date('2024-01-15T00:00:00Z'), 0.5]);
    expect(sheetRows(book, 'Sources')).toEqual([
      ['Републички завод за статистику', 'https://www.stat.gov.rs/', 'Žene i muškarci'],
    ]);
  });
});

describe('CSV cells a spreadsheet would run', () => {
  const TEXTS = ['=HYPERLINK("http://example.org")', '+1', '-2', '@SUM(A1)', '\tx', 'Tromsø'];
  const table: ExportTable<null> = {
    name: 'texts',
    title: 'Texts',
    columns: [
      { header: 'Name', type: 'text' },
      { header: 'Value', type: 'number' },
    ],
    variables: () => null,
    async *pages(): AsyncIterable<ExportPage> {
      yield { rows: TEXTS.map((text) => [text, -3]), sources: [] };
    },
  };

  it('are written behind an apostrophe, as text; negative numbers stay numbers', async () => {
    const out = new PassThrough();
    const [body] = await Promise.all([
      buffer(out),
      writeCsv(
        table,
        table.pages(() => Promise.reject(new Error('The table runs no operation.')), null),
        out,
      ),
    ]);
    const rows = parse<Record<string, string>>(body, { bom: true, columns: true });
    expect(rows.map((row) => row.Name)).toEqual([
      `'=HYPERLINK("http://example.org")`,
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      'Tromsø',
    ]);
    expect(rows.every((row) => row.Value === '-3')).toBe(true);
  });
});

describe('an XLSX download longer than a worksheet', () => {
  const table: ExportTable<null> = {
    name: 'values',
    title: 'Values of municipalities',
    columns: [
      { header: 'Municipality', type: 'text' },
      { header: 'Value', type: 'number' },
    ],
    variables: () => null,
    async *pages(): AsyncIterable<ExportPage> {
      yield { rows: [1, 2, 3, 4].map((n) => [`M${n}`, n]), sources: [] };
      yield { rows: [5, 6, 7].map((n) => [`M${n}`, n]), sources: [] };
    },
  };

  it('goes on on further sheets, each with the header, so a spreadsheet program opens every row', async () => {
    const out = new PassThrough();
    const [body] = await Promise.all([
      buffer(out),
      // Sheets of 4 rows here stand for a spreadsheet program's 1 048 576.
      writeXlsx(
        table,
        table.pages(() => Promise.reject(new Error('The table runs no operation.')), null),
        out,
        4,
      ),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Values of municipalities',
      'Values of municipalities (2)',
      'Values of municipalities (3)',
      'Sources',
    ]);
    expect(book.worksheets.slice(0, 3).map((sheet) => sheet.getRow(1).values)).toEqual(
      Array(3).fill([undefined, 'Municipality', 'Value']),
    );
    expect(book.worksheets.slice(0, 3).flatMap((sheet) => sheetRows(book, sheet.name).map((row) => row[1]))).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
  });
});
