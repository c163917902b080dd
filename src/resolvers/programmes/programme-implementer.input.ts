import { Field, ID, InputType } from 'type-graphql';
import { ImplementerRole } from '../../entities/programme-implementer.entity';
import type { ProgrammeImplementerFields } from '../../writes/programme.links';

/** One implementer of a programme, as `setProgrammeImplementers` takes it. */
@InputType({ description: 'An organisation that implements a programme, and in what role.' })
export class ProgrammeImplementerInput implements ProgrammeImplementerFields {
  @Field(() => ID, { description: 'Global id of the implementing organisation.' })
  organisation!: string;

  @Field(() => ImplementerRole, { description: 'The part the organisation plays.' })
  role!: ImplementerRole;
}
