import { Entity, ManyToOne, Unique } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';
import { Programme } from './programme.entity';
import { Source } from './source.entity';

/** A source that describes a programme. */
@Entity()
@Unique({ properties: ['programmeId', 'sourceId'] })
export class ProgrammeSource extends BaseEntity {
  @ManyToOne(() => Programme, { deleteRule: 'restrict', mapToPk: true, fieldName: 'programme_id' })
  programmeId!: number;

  @ManyToOne(() => Source, { deleteRule: 'restrict', mapToPk: true, fieldName: 'source_id', index: true })
  sourceId!: number;
}
