import { Entity, ManyToOne } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';
import { Programme, PROGRAMME_PART } from './programme.entity';
import { Theme } from './theme.entity';
import { recordType } from './record-type';

/** A theme a programme works on. */
@Entity()
export class ProgrammeTheme extends BaseEntity {
  @ManyToOne(() => Programme, { deleteRule: 'restrict', mapToPk: true, fieldName: 'programme_id' })
  programmeId!: number;

  @ManyToOne(() => Theme, { deleteRule: 'restrict', mapToPk: true, fieldName: 'theme_id', index: true })
  themeId!: number;
}

/** ProgrammeTheme as `src/entities/record-types.ts` lists it. */
export const programmeThemeRecord = recordType(ProgrammeTheme, {
  node: undefined,
  naturalKeys: [{ properties: ['programmeId', 'themeId'] }],
  readRule: 'underProgramme',
  partOf: PROGRAMME_PART,
});
