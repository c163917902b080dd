import { Field, Int, ObjectType } from 'type-graphql';

/** Root value: a `FrameworkCoverageRow`. */
@ObjectType({ description: "How far a framework's elements are measured for one scope." })
export class FrameworkCoverage {
  @Field(() => Int, { description: 'Elements of the framework.' })
  elementCount!: number;

  @Field(() => Int, { description: 'Elements with at least one indicator mapped to them.' })
  mappedElementCount!: number;

  @Field(() => Int, {
    description:
      'Elements with at least one mapped indicator that has an approved actual value (total of both sexes and every role) for the scope, among the values the viewer may read.',
  })
  coveredElementCount!: number;
}
