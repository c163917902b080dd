import { SourceKind } from '../entities/source.entity';

/** A source the seed cites; `citedInKey` names the seed source that cites it. */
export interface SourceSeed {
  key: string;
  title: string;
  titleEn?: string;
  kind: SourceKind;
  publisher?: string;
  url?: string;
  publishedOn?: string;
  publishedYear?: number;
  language?: string;
  citedInKey?: string;
}

/**
 * The five seed documents first (in their file order), then the sources they cite, then the public
 * sources behind the facts added around them. None of them gives a web address, so `url` stays empty.
 */
export const sources = [
  {
    // Doc 000. Written before SCTM's December 2013 General Assembly, but it states no date.
    key: 'salar-sctm-gender-collaboration',
    title: 'Collaboration to promote gender equality at local level',
    kind: SourceKind.WEB_PAGE,
    language: 'en',
  },
  {
    // Doc 001 has no heading of its own: its title is its opening words.
    key: 'sctm-gender-equality-at-local-level',
    title: 'Standing Conference of Towns and Municipalities – National association of local authorities in Serbia',
    kind: SourceKind.ARTICLE,
    language: 'en',
  },
  {
    // Doc 002.
    key: 'norway-gender-approach-in-local-policies',
    title: 'Include the gender approach in local policies',
    kind: SourceKind.WEB_PAGE,
    language: 'en',
  },
  {
    // Doc 003: a Swedish title over an English text.
    key: 'haj-gender-mainstreaming-at-local-level',
    title:
      'Jämställdhetsintegrering på lokal nivå: Kvalitetssäkring av arbetet med jämställdhetsintegrering i kommuner och landsting, Program för Hållbar Jämställdhet (HåJ)',
    titleEn:
      'Gender mainstreaming at local level: quality assurance of gender mainstreaming work in municipalities and county councils, Programme for Sustainable Gender Equality (HåJ)',
    kind: SourceKind.ARTICLE,
    language: 'en',
  },
  {
    // Doc 004: SKR's own pages ("På de här sidorna kan du läsa om hur SKR arbetar").
    key: 'skr-stod-till-jamstalldhetsarbete',
    title: 'Stöd till jämställdhetsarbete',
    titleEn: 'Support for gender equality work',
    kind: SourceKind.WEB_PAGE,
    publisher: 'Sveriges Kommuner och Regioner (SKR)',
    publishedOn: '2021-01-20',
    language: 'sv',
  },
  {
    // Doc 003 cites it as "the report from 2010" and gives no title or publisher.
    key: 'haj-report-2010',
    title: 'Report from 2010 on the Programme for Sustainable Gender Equality (HåJ)',
    kind: SourceKind.REPORT,
    publishedYear: 2010,
    citedInKey: 'haj-gender-mainstreaming-at-local-level',
  },
  {
    // Doc 003: "This was also confirmed by the external evaluation." No year, title or evaluator given.
    key: 'haj-external-evaluation',
    title: 'External evaluation of the Programme for Sustainable Gender Equality (HåJ)',
    kind: SourceKind.EVALUATION,
    citedInKey: 'haj-gender-mainstreaming-at-local-level',
  },
  {
    key: 'likestilt-no-likestilte-kommuner',
    title: 'Kommuneprogrammet «Likestilte kommuner» 2012-2014 (likestilt.no programme pages)',
    titleEn: 'Municipal programme "Gender-equal municipalities" 2012-2014 (likestilt.no programme pages)',
    kind: SourceKind.WEB_PAGE,
    publisher: 'likestilt.no; Ministry of Children, Equality and Social Inclusion',
    language: 'no',
  },
  {
    key: 'kartverket-municipality-numbers',
    title: 'Kartverket code list of Norwegian municipality and county numbers',
    kind: SourceKind.CODE_LIST,
    publisher: 'Kartverket',
    language: 'no',
  },
  {
    key: 'kolada',
    title: 'Kolada',
    titleEn: 'Kolada, the national database of municipal key figures',
    kind: SourceKind.STATISTICS,
    publisher: 'RKA',
    language: 'sv',
  },
  {
    key: 'charter-equality-cemr',
    title: 'European Charter for Equality of Women and Men in Local Life (charter-equality.eu, ccre.org)',
    kind: SourceKind.WEB_PAGE,
    publisher: 'Council of European Municipalities and Regions (CEMR)',
    language: 'en',
  },
  {
    // The public facts on Serbia's local self-government units and on the Sweden-Serbia programme's
    // five components come without a named publisher; this source says so rather than guess one.
    key: 'serbia-local-self-government-facts',
    title:
      "Public facts on Serbia's cities and municipalities and on the Sweden-Serbia programme (publisher not named)",
    kind: SourceKind.STATISTICS,
    language: 'en',
  },
] as const satisfies readonly SourceSeed[];

export type SourceKey = (typeof sources)[number]['key'];
