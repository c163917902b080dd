import type { ImplementerRole } from '../entities/programme-implementer.entity';
import { ProgrammeCountry } from '../entities/programme-country.entity';
import { ProgrammeFunder } from '../entities/programme-funder.entity';
import { ProgrammeImplementer } from '../entities/programme-implementer.entity';
import { ProgrammeParticipant } from '../entities/programme-participant.entity';
import { ProgrammeSource } from '../entities/programme-source.entity';
import { ProgrammeTheme } from '../entities/programme-theme.entity';
import type { LinkSetSpec } from './link-set-spec';
import { programmeSpec } from './programme.writes';

/** A funder of a programme as a write names it. */
export interface ProgrammeFunderFields {
  organisation: string;
  amount?: number | null;
  currency?: string | null;
}

/** An implementer of a programme as a write names it. */
export interface ProgrammeImplementerFields {
  organisation: string;
  role: ImplementerRole;
}

/** A participating municipality of a programme as a write names it. */
export interface ProgrammeParticipantFields {
  municipality: string;
  grantAmount?: number | null;
  grantCurrency?: string | null;
  source?: string | null;
}

/** A link that names only its record: a country, theme or source. */
export type LinkTarget<Field extends string> = Record<Field, string>;

const owner = { owner: programmeSpec, ownerColumn: 'programme_id' } as const;

/** The organisations that fund a programme, with their amounts: funding one gives an organisation the programme's rights, so an EDITOR adds or removes only its own. */
export const programmeFundersLinks: LinkSetSpec<ProgrammeFunderFields> = {
  ...owner,
  field: 'funders',
  link: ProgrammeFunder,
  target: { field: 'organisation', typeName: 'Organisation', column: 'organisation_id' },
  references: [],
  columns: (item) => ({ amount: item.amount ?? null, currency: item.currency ?? null }),
  maxItems: 100,
  grantsProgrammeRights: true,
};

/** The organisations that implement a programme, in their roles: like funders, they hold the programme's rights. */
export const programmeImplementersLinks: LinkSetSpec<ProgrammeImplementerFields> = {
  ...owner,
  field: 'implementers',
  link: ProgrammeImplementer,
  target: { field: 'organisation', typeName: 'Organisation', column: 'organisation_id' },
  references: [],
  columns: (item) => ({ role: item.role }),
  maxItems: 100,
  grantsProgrammeRights: true,
};

/** The countries a programme works in, by code. */
export const programmeCountriesLinks: LinkSetSpec<LinkTarget<'country'>> = {
  ...owner,
  field: 'countries',
  link: ProgrammeCountry,
  target: { field: 'country', typeName: 'Country', column: 'country_code' },
  references: [],
  columns: () => ({}),
  maxItems: 100,
};

/** The themes a programme works on. */
export const programmeThemesLinks: LinkSetSpec<LinkTarget<'theme'>> = {
  ...owner,
  field: 'themes',
  link: ProgrammeTheme,
  target: { field: 'theme', typeName: 'Theme', column: 'theme_id' },
  references: [],
  columns: () => ({}),
  maxItems: 100,
};

/** The sources that describe a programme. */
export const programmeSourcesLinks: LinkSetSpec<LinkTarget<'source'>> = {
  ...owner,
  field: 'sources',
  link: ProgrammeSource,
  target: { field: 'source', typeName: 'Source', column: 'source_id' },
  references: [],
  columns: () => ({}),
  maxItems: 100,
};

/**
 * The municipalities that take part in a programme, with their grants: taking part gives the
 * programme's organisations the review of a municipality's values, so an EDITOR adds or removes only
 * municipalities already in its programmes; ADMIN brings new ones in.
 */
export const programmeParticipantsLinks: LinkSetSpec<ProgrammeParticipantFields> = {
  ...owner,
  field: 'participants',
  link: ProgrammeParticipant,
  target: { field: 'municipality', typeName: 'Municipality', column: 'municipality_id' },
  references: [{ field: 'source', typeName: 'Source', column: 'source_id' }],
  columns: (item) => ({ grant_amount: item.grantAmount ?? null, grant_currency: item.grantCurrency ?? null }),
  maxItems: 2_000,
};
