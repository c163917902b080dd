import { Entity, ManyToOne } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';
import { Initiative } from './initiative.entity';
import { Theme } from './theme.entity';
import { recordType } from './record-type';

/** A theme an initiative works on. */
@Entity()
export class InitiativeTheme extends BaseEntity {
  @ManyToOne(() => Initiative, { deleteRule: 'restrict', mapToPk: true, fieldName: 'initiative_id' })
  initiativeId!: number;

  @ManyToOne(() => Theme, { deleteRule: 'restrict', mapToPk: true, fieldName: 'theme_id', index: true })
  themeId!: number;
}

/** InitiativeTheme as `src/entities/record-types.ts` lists it. */
export const initiativeThemeRecord = recordType(InitiativeTheme, {
  node: undefined,
  naturalKeys: [{ properties: ['initiativeId', 'themeId'] }],
  readRule: { within: Initiative, table: 'initiative', column: 'initiative_id' },
  partOf: { owner: Initiative, table: 'initiative', column: 'initiative_id' },
});
