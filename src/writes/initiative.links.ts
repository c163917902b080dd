import { InitiativeMunicipality } from '../entities/initiative-municipality.entity';
import { InitiativeTheme } from '../entities/initiative-theme.entity';
import type { LinkSetSpec } from './link-set-spec';
import { initiativeSpec } from './initiative.writes';
import type { LinkTarget } from './programme.links';

const owner = { owner: initiativeSpec, ownerColumn: 'initiative_id' } as const;

/**
 * The municipalities that take part in an initiative (its lead aside): taking part gives the
 * programme's organisations the review of a municipality's values, so an EDITOR adds or removes
 * only municipalities already in its programmes.
 */
export const initiativeMunicipalitiesLinks: LinkSetSpec<LinkTarget<'municipality'>> = {
  ...owner,
  field: 'municipalities',
  link: InitiativeMunicipality,
  target: { field: 'municipality', typeName: 'Municipality', column: 'municipality_id' },
  references: [],
  columns: () => ({}),
  maxItems: 2_000,
};

/** The themes an initiative works on. */
export const initiativeThemesLinks: LinkSetSpec<LinkTarget<'theme'>> = {
  ...owner,
  field: 'themes',
  link: InitiativeTheme,
  target: { field: 'theme', typeName: 'Theme', column: 'theme_id' },
  references: [],
  columns: () => ({}),
  maxItems: 100,
};
