import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { LocalDate } from '../schema/scalars';
import { EditableEntity } from './editable.entity';
import { Country } from './country.entity';
import { recordType } from './record-type';

/** The tier of a local or regional self-government unit. */
export enum MunicipalityKind {
  MUNICIPALITY = 'MUNICIPALITY',
  CITY = 'CITY',
  REGION = 'REGION',
}
registerEnumType(MunicipalityKind, {
  name: 'MunicipalityKind',
  description: 'The tier of a local or regional self-government unit.',
});

@Entity()
@ObjectType({
  implements: Node,
  description: 'A local or regional self-government unit: a municipality, a city or a region.',
})
export class Municipality extends EditableEntity {
  @ManyToOne(() => Country, { deleteRule: 'restrict', mapToPk: true, fieldName: 'country_code', index: true })
  countryCode!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Official code, unique within the country (Norway's and Sweden's have four digits).",
  })
  code?: string | null;

  @Property({ type: 'text' })
  @Index()
  @Field({ description: 'Name in the local language.' })
  nameLocal!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Name in English, where it differs.' })
  nameEn?: string | null;

  @Enum({ items: () => MunicipalityKind })
  @Index()
  @Field(() => MunicipalityKind, { description: 'Municipality, city or region.' })
  kind!: MunicipalityKind;

  @ManyToOne(() => Municipality, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'parent_id',
    index: true,
  })
  parentId?: number | null;

  /** The unit it merged into (or that took over its area), for units merged or dissolved. */
  @ManyToOne(() => Municipality, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'successor_id',
    index: true,
  })
  successorId?: number | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day the unit existed under this identity (YYYY-MM-DD), for units merged or dissolved.',
  })
  validTo?: string | null;
}

/** Municipality as `src/entities/record-types.ts` lists it. */
export const municipalityRecord = recordType(Municipality, {
  node: { typeName: 'Municipality', key: 'id' },
  naturalKeys: [
    {
      properties: ['countryCode', 'code'],
      refusal: {
        field: 'code',
        describe: (values) => `the code ${String(values.code)} in ${String(values.countryCode)}`,
      },
    },
  ],
  readRule: 'public',
});
