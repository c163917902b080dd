import type { EntityClass } from '@mikro-orm/core';
import type { EditableEntity } from './editable.entity';
import { InitiativeMunicipality } from './initiative-municipality.entity';
import { InitiativeTheme } from './initiative-theme.entity';
import { Initiative } from './initiative.entity';
import { ProgrammeCountry } from './programme-country.entity';
import { ProgrammeFunder } from './programme-funder.entity';
import { ProgrammeImplementer } from './programme-implementer.entity';
import { ProgrammeParticipant } from './programme-participant.entity';
import { ProgrammeSource } from './programme-source.entity';
import { ProgrammeTheme } from './programme-theme.entity';
import { Programme } from './programme.entity';

/** The record a link row belongs to, its table, and the link's column that names it. */
export interface RecordPart {
  owner: EntityClass<EditableEntity>;
  table: string;
  column: string;
}

/**
 * Link rows that are part of one record: they only attach things to it (its funders, countries,
 * participants with their grants, ...). They never stop their record from being archived, stay in
 * place when it is, and are read only while it is live. Seen from the other side they are
 * references like any other: an organisation that funds a programme cannot be archived.
 */
export const RECORD_PARTS = new Map<EntityClass<object>, RecordPart>([
  [ProgrammeFunder, { owner: Programme, table: 'programme', column: 'programme_id' }],
  [ProgrammeImplementer, { owner: Programme, table: 'programme', column: 'programme_id' }],
  [ProgrammeCountry, { owner: Programme, table: 'programme', column: 'programme_id' }],
  [ProgrammeTheme, { owner: Programme, table: 'programme', column: 'programme_id' }],
  [ProgrammeSource, { owner: Programme, table: 'programme', column: 'programme_id' }],
  [ProgrammeParticipant, { owner: Programme, table: 'programme', column: 'programme_id' }],
  [InitiativeMunicipality, { owner: Initiative, table: 'initiative', column: 'initiative_id' }],
  [InitiativeTheme, { owner: Initiative, table: 'initiative', column: 'initiative_id' }],
]);
