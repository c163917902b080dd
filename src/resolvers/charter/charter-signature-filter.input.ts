import { Field, InputType, registerEnumType } from 'type-graphql';
import { ActionPlanAdoption, type CharterSignatureListFilter } from '../../loaders/charter-signature-list.query';
import { CountryCode, LocalDate } from '../../schema/scalars';

export { ActionPlanAdoption };
registerEnumType(ActionPlanAdoption, {
  name: 'ActionPlanAdoption',
  description: 'Whether a signatory has adopted its Equality Action Plan.',
  valuesConfig: {
    ADOPTED: { description: 'An adoption date is recorded.' },
    MISSING: { description: 'No adoption date is recorded.' },
  },
});

@InputType({ description: 'Which Charter signatures to list; every condition given must hold.' })
export class CharterSignatureFilter implements CharterSignatureListFilter {
  @Field(() => CountryCode, { nullable: true, description: 'Of municipalities in this country (ISO 3166-1 alpha-2).' })
  country?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Signed on or after this day (YYYY-MM-DD); undated signatures are left out.',
  })
  signedFrom?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Signed on or before this day (YYYY-MM-DD); undated signatures are left out.',
  })
  signedTo?: string | null;

  @Field(() => ActionPlanAdoption, { nullable: true, description: 'With or without an adopted Equality Action Plan.' })
  actionPlan?: ActionPlanAdoption | null;
}
