import { Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NotBefore } from '../../schema/date-range';
import { YEAR_RANGE } from '../../schema/years';
import type { NetworkMemberFields } from '../../writes/network.links';
import type { NetworkFields } from '../../writes/network.writes';
import { CodeField, EnglishNameField, TextField } from '../record-writes/record-input-fields';

/** The editable fields of a network. */
@InputType({ description: 'The editable fields of a network; an update replaces all of them.' })
export class NetworkInput implements NetworkFields {
  @CodeField('Stable natural key, unique among networks.')
  code!: string;

  @EnglishNameField()
  nameEn!: string;

  @TextField('Who takes part and what the network does.')
  summary?: string | null;

  @Field(() => ID, { description: 'Global id of the organisation that formed and runs the network.' })
  organisation!: string;

  @Field(() => ID, { nullable: true, description: 'Global id of the programme the network was formed under, if any.' })
  programme?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the source that describes the network.' })
  source?: string | null;
}

/** One member municipality of a network, as `setNetworkMembers` takes it. */
@InputType({
  description: 'A municipality that is a member of a network, with the years of its membership where known.',
})
export class NetworkMemberInput implements NetworkMemberFields {
  @Field(() => ID, { description: 'Global id of the municipality.' })
  municipality!: string;

  @Field(() => Int, { nullable: true, description: `The year it joined (${YEAR_RANGE.first}-${YEAR_RANGE.last}).` })
  @Min(YEAR_RANGE.first)
  @Max(YEAR_RANGE.last)
  fromYear?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `The last year it was a member, not before \`fromYear\` (${YEAR_RANGE.first}-${YEAR_RANGE.last}).`,
  })
  @Min(YEAR_RANGE.first)
  @Max(YEAR_RANGE.last)
  @NotBefore('fromYear')
  toYear?: number | null;
}
