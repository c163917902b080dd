import { IsISO4217CurrencyCode, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import type { ProgrammeParticipantFields } from '../../writes/programme.links';

/** One participating municipality of a programme, as `setProgrammeParticipants` takes it. */
@InputType({ description: 'A municipality taking part in a programme, with the grant it received where known.' })
export class ProgrammeParticipantInput implements ProgrammeParticipantFields {
  @Field(() => ID, { description: 'Global id of the municipality.' })
  municipality!: string;

  @Field(() => Float, { nullable: true, description: 'The grant it received, at least 0, in `grantCurrency`.' })
  @Min(0)
  @Max(1e15)
  grantAmount?: number | null;

  @Field(() => String, { nullable: true, description: "ISO 4217 code of the grant's currency, for example `NOK`." })
  @IsISO4217CurrencyCode({ message: 'must be an ISO 4217 currency code such as SEK.' })
  grantCurrency?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the source that states the grant.' })
  source?: string | null;
}
