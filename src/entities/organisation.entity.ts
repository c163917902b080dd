import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../schema/node.interface';
import { EditableEntity } from './editable.entity';
import { Country } from './country.entity';
import { CODE_KEY, recordType } from './record-type';

/** What kind of body an organisation is. */
export enum OrganisationKind {
  GOVERNMENT = 'GOVERNMENT',
  FUNDER = 'FUNDER',
  ASSOCIATION = 'ASSOCIATION',
  INTERNATIONAL_ASSOCIATION = 'INTERNATIONAL_ASSOCIATION',
  UNIVERSITY = 'UNIVERSITY',
  RESEARCH_CENTRE = 'RESEARCH_CENTRE',
  NGO = 'NGO',
}
registerEnumType(OrganisationKind, { name: 'OrganisationKind', description: 'What kind of body an organisation is.' });

@Entity()
@ObjectType({
  implements: Node,
  description: 'A funder, government body, association of local authorities, university, research centre or NGO.',
})
export class Organisation extends EditableEntity {
  @Property({ type: 'text' })
  @Field({ description: 'Stable natural key, usually the acronym, for example `SALAR`.' })
  code!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Name in English.' })
  nameEn!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "Name in the organisation's own language." })
  nameLocal?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Acronym in use, for example `SKR` or `SCTM`.' })
  acronym?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'IATI organisation identifier (registration agency prefix and number, for example `SE-0`), as the organisation publishes it; the IATI export builds its activity identifiers from it and refuses to export activities whose reporting organisation has none.',
  })
  iatiIdentifier?: string | null;

  @Enum({ items: () => OrganisationKind })
  @Field(() => OrganisationKind, { description: 'What kind of body it is.' })
  kind!: OrganisationKind;

  @ManyToOne(() => Country, {
    deleteRule: 'restrict',
    nullable: true,
    mapToPk: true,
    fieldName: 'country_code',
    index: true,
  })
  countryCode?: string | null;
}

/** Organisation as `src/entities/record-types.ts` lists it. */
export const organisationRecord = recordType(Organisation, {
  node: { typeName: 'Organisation', key: 'id' },
  naturalKeys: [
    CODE_KEY,
    {
      properties: ['iatiIdentifier'],
      refusal: {
        field: 'iatiIdentifier',
        describe: (values) => `the IATI organisation identifier ${String(values.iatiIdentifier)}`,
      },
    },
  ],
  readRule: 'public',
});
