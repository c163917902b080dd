import { Entity, ManyToOne, Unique } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';
import { Programme } from './programme.entity';
import { Theme } from './theme.entity';

/** A theme a programme works on. */
@Entity()
@Unique({ properties: ['programmeId', 'themeId'] })
export class ProgrammeTheme extends BaseEntity {
  @ManyToOne(() => Programme, { deleteRule: 'restrict', mapToPk: true, fieldName: 'programme_id' })
  programmeId!: number;

  @ManyToOne(() => Theme, { deleteRule: 'restrict', mapToPk: true, fieldName: 'theme_id', index: true })
  themeId!: number;
}
