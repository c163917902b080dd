import type { EntityClass } from '@mikro-orm/core';
import type { RecordPart } from './record-type';
import { recordTypes } from './record-types';

/**
 * Link rows that are part of one record, by entity (their record types' `partOf`): they only
 * attach things to it (its funders, countries, participants with their grants, ...). They never
 * stop their record from being archived, stay in place when it is, and are read only while it is
 * live. Seen from the other side they are references like any other: an organisation that funds a
 * programme cannot be archived.
 */
export const RECORD_PARTS = new Map<EntityClass<object>, RecordPart>(
  recordTypes.flatMap((record) => (record.partOf ? [[record.entity as EntityClass<object>, record.partOf]] : [])),
);
