import { Field, Int, ObjectType } from 'type-graphql';

/** What one `submitObservations` call did, counted by natural key. */
@ObjectType({
  description:
    'What one `submitObservations` call did, counted by natural key; created + updated + unchanged = received.',
})
export class SubmitObservationsResult {
  @Field(() => Int, { description: 'Rows sent.' })
  received!: number;

  @Field(() => Int, { description: 'Rows whose natural key was new: stored as new values.' })
  created!: number;

  @Field(() => Int, {
    description:
      'Rows that changed a stored value (its value, numerator, denominator, source or evidence, or DRAFT/RETURNED to SUBMITTED); each got a new version and an audit entry.',
  })
  updated!: number;

  @Field(() => Int, { description: 'Rows equal to the stored value: nothing was written for them.' })
  unchanged!: number;
}
