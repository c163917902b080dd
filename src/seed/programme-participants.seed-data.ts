import type { NorwegianMunicipalityName } from './municipalities.seed-data';
import type { ProgrammeCode } from './programmes.seed-data';
import type { SourceKey } from './sources.seed-data';

/** A municipality taking part in a programme, named by country and local name, with its grant. */
export interface ProgrammeParticipantSeed {
  programmeCode: ProgrammeCode;
  municipality: { countryCode: 'NO'; name: NorwegianMunicipalityName };
  grantAmount?: string;
  grantCurrency?: string;
  sourceKey: SourceKey;
}

/** The twenty municipalities of «Likestilte kommuner», in the order the programme lists them. */
const likestilteKommuner: readonly NorwegianMunicipalityName[] = [
  'Karasjok',
  'Tromsø',
  'Bodø',
  'Namdalseid',
  'Verran',
  'Melhus',
  'Herøy',
  'Ulstein',
  'Høyanger',
  'Bergen',
  'Skjåk',
  'Lillehammer',
  'Larvik',
  'Kristiansand',
  'Hægebostad',
  'Marnardal',
  'Lindesnes',
  'Sirdal',
  'Farsund',
  'Kvinesdal',
];

export const programmeParticipants: readonly ProgrammeParticipantSeed[] = likestilteKommuner.map((name) => ({
  programmeCode: 'NO_LIKESTILTE_KOMMUNER',
  municipality: { countryCode: 'NO', name },
  grantAmount: '300000',
  grantCurrency: 'NOK',
  sourceKey: 'likestilt-no-likestilte-kommuner',
}));
