import { MunicipalityKind } from '../entities/municipality.entity';
import type { CountryCode } from './countries.seed-data';

/** A local or regional self-government unit, keyed by country and official code. */
export interface MunicipalitySeed {
  countryCode: CountryCode;
  code: string;
  nameLocal: string;
  nameEn?: string;
  kind: MunicipalityKind;
  /** Name of the parent region in the same country, when the seed records it. */
  parentName?: string;
  validTo?: string;
}

const MUNICIPALITY = MunicipalityKind.MUNICIPALITY;

/**
 * The twenty municipalities of Norway's «Likestilte kommuner» programme, in the programme's own
 * order, with the municipality numbers they had in 2012-2014 (Kartverket). The 2020 reform
 * renumbered and merged municipalities; only the merger of Marnardal and Lindesnes is on record here.
 */
const norwegian = [
  { countryCode: 'NO', code: '2021', nameLocal: 'Karasjok', kind: MUNICIPALITY },
  { countryCode: 'NO', code: '1902', nameLocal: 'Tromsø', kind: MUNICIPALITY },
  { countryCode: 'NO', code: '1804', nameLocal: 'Bodø', kind: MUNICIPALITY },
  { countryCode: 'NO', code: '1725', nameLocal: 'Namdalseid', kind: MUNICIPALITY },
  { countryCode: 'NO', code: '1724', nameLocal: 'Verran', kind: MUNICIPALITY },
  { countryCode: 'NO', code: '1653', nameLocal: 'Melhus', kind: MUNICIPALITY },
  { countryCode: 'NO', code: '1515', nameLocal: 'Herøy', kind: MUNICIPALITY },
  { countryCode: 'NO', code: '1516', nameLocal: 'Ulstein', kind: MUNICIPALITY },
  { countryCode: 'NO', code: '1416', nameLocal: 'Høyanger', kind: MUNICIPALITY },
  { countryCode: 'NO', code: '1201', nameLocal: 'Bergen', kind: MUNICIPALITY },
  { countryCode: 'NO', code: '0513', nameLocal: 'Skjåk', kind: MUNICIPALITY },
  { countryCode: 'NO', code: '0501', nameLocal: 'Lillehammer', kind: MUNICIPALITY },
  { countryCode: 'NO', code: '0709', nameLocal: 'Larvik', kind: MUNICIPALITY },
  { countryCode: 'NO', code: '1001', nameLocal: 'Kristiansand', kind: MUNICIPALITY },
  { countryCode: 'NO', code: '1034', nameLocal: 'Hægebostad', kind: MUNICIPALITY },
  { countryCode: 'NO', code: '1021', nameLocal: 'Marnardal', kind: MUNICIPALITY, validTo: '2019-12-31' },
  { countryCode: 'NO', code: '1029', nameLocal: 'Lindesnes', kind: MUNICIPALITY, validTo: '2019-12-31' },
  { countryCode: 'NO', code: '1046', nameLocal: 'Sirdal', kind: MUNICIPALITY },
  { countryCode: 'NO', code: '1003', nameLocal: 'Farsund', kind: MUNICIPALITY },
  { countryCode: 'NO', code: '1037', nameLocal: 'Kvinesdal', kind: MUNICIPALITY },
] as const satisfies readonly MunicipalitySeed[];

/**
 * Kolada's examples of Swedish codes: four digits for municipalities, 0001 for Region Stockholm.
 * Gotland (0980) is a municipality that also carries a region's duties; it is recorded once, as a municipality.
 */
const swedish = [
  { countryCode: 'SE', code: '0001', nameLocal: 'Region Stockholm', kind: MunicipalityKind.REGION },
  { countryCode: 'SE', code: '0180', nameLocal: 'Stockholm', kind: MUNICIPALITY, parentName: 'Region Stockholm' },
  { countryCode: 'SE', code: '0380', nameLocal: 'Uppsala', kind: MUNICIPALITY },
  { countryCode: 'SE', code: '0980', nameLocal: 'Gotland', kind: MUNICIPALITY },
] as const satisfies readonly MunicipalitySeed[];

export const municipalities = [...norwegian, ...swedish] as const satisfies readonly MunicipalitySeed[];

export type NorwegianMunicipalityName = (typeof norwegian)[number]['nameLocal'];
