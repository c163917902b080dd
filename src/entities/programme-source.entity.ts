import { Entity, ManyToOne } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';
import { Programme, PROGRAMME_PART } from './programme.entity';
import { Source } from './source.entity';
import { recordType } from './record-type';

/** A source that describes a programme. */
@Entity()
export class ProgrammeSource extends BaseEntity {
  @ManyToOne(() => Programme, { deleteRule: 'restrict', mapToPk: true, fieldName: 'programme_id' })
  programmeId!: number;

  @ManyToOne(() => Source, { deleteRule: 'restrict', mapToPk: true, fieldName: 'source_id', index: true })
  sourceId!: number;
}

/** ProgrammeSource as `src/entities/record-types.ts` lists it. */
export const programmeSourceRecord = recordType(ProgrammeSource, {
  node: undefined,
  naturalKeys: [{ properties: ['programmeId', 'sourceId'] }],
  readRule: 'underProgramme',
  partOf: PROGRAMME_PART,
});
