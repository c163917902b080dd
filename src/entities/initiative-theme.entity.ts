import { Entity, ManyToOne, Unique } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';
import { Initiative } from './initiative.entity';
import { Theme } from './theme.entity';

/** A theme an initiative works on. */
@Entity()
@Unique({ properties: ['initiativeId', 'themeId'] })
export class InitiativeTheme extends BaseEntity {
  @ManyToOne(() => Initiative, { deleteRule: 'restrict', mapToPk: true, fieldName: 'initiative_id' })
  initiativeId!: number;

  @ManyToOne(() => Theme, { deleteRule: 'restrict', mapToPk: true, fieldName: 'theme_id', index: true })
  themeId!: number;
}
