import { Field, ID, InputType } from 'type-graphql';
import { NotBefore } from '../../schema/date-range';
import { NotInFuture } from '../../schema/not-in-future';
import { LocalDate } from '../../schema/scalars';
import type { CharterSignatureFields } from '../../writes/charter-signature.writes';

/** The editable fields of a Charter signature. */
@InputType({ description: 'The editable fields of a Charter signature; an update replaces all of them.' })
export class CharterSignatureInput implements CharterSignatureFields {
  @Field(() => ID, { description: 'Global id of the municipality, city or region that signed; each signs once.' })
  municipality!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Day of signing (YYYY-MM-DD), not in the future.' })
  @NotInFuture()
  signedOn?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Day the Equality Action Plan was adopted (YYYY-MM-DD), not before `signedOn` nor in the future.',
  })
  @NotBefore('signedOn')
  @NotInFuture()
  actionPlanAdoptedOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the source where the signature is recorded.' })
  source?: string | null;
}
