import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from './base.entity';
import { Municipality } from './municipality.entity';
import { Network } from './network.entity';
import { recordType } from './record-type';

/** A municipality that is a member of a network, with the years of its membership where known. */
@Entity()
@ObjectType({
  description: 'A municipality that is a member of a network, with the years of its membership where known.',
})
export class NetworkMember extends BaseEntity {
  // The unique (network_id, municipality_id) index leads with network_id, so it serves this foreign key too.
  @ManyToOne(() => Network, { deleteRule: 'restrict', mapToPk: true, fieldName: 'network_id' })
  networkId!: number;

  @ManyToOne(() => Municipality, { deleteRule: 'restrict', mapToPk: true, fieldName: 'municipality_id', index: true })
  municipalityId!: number;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'The year the municipality joined, where known.' })
  fromYear?: number | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'The last year the municipality was a member, where it left.' })
  toYear?: number | null;
}

/** NetworkMember as `src/entities/record-types.ts` lists it: part of its network, read while the network is. */
export const networkMemberRecord = recordType(NetworkMember, {
  node: undefined,
  naturalKeys: [{ properties: ['networkId', 'municipalityId'] }],
  readRule: { within: Network, table: 'network', column: 'network_id' },
  partOf: { owner: Network, table: 'network', column: 'network_id' },
});
