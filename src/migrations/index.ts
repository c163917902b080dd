import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123123536 } from './Migration20261123123536';
import { Migration20261123125218 } from './Migration20261123125218';
import { Migration20261123132955 } from './Migration20261123132955';
import { Migration20261123134641 } from './Migration20261123134641';
import { Migration20261123144049 } from './Migration20261123144049';
import { Migration20261202214500 } from './Migration20261202214500';
import { Migration20261202220420 } from './Migration20261202220420';
import { Migration20261202221500 } from './Migration20261202221500';
import { Migration20261203030000 } from './Migration20261203030000';
import { Migration20261203031000 } from './Migration20261203031000';
import { Migration20261203033600 } from './Migration20261203033600';

/** Every migration, oldest first; a new one is added here when it is created. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123123536', class: Migration20261123123536 },
  { name: 'Migration20261123125218', class: Migration20261123125218 },
  { name: 'Migration20261123132955', class: Migration20261123132955 },
  { name: 'Migration20261123134641', class: Migration20261123134641 },
  { name: 'Migration20261123144049', class: Migration20261123144049 },
  { name: 'Migration20261202214500', class: Migration20261202214500 },
  { name: 'Migration20261202220420', class: Migration20261202220420 },
  { name: 'Migration20261202221500', class: Migration20261202221500 },
  { name: 'Migration20261203030000', class: Migration20261203030000 },
  { name: 'Migration20261203031000', class: Migration20261203031000 },
  { name: 'Migration20261203033600', class: Migration20261203033600 },
];
