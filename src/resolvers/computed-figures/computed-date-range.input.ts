import { Field, InputType } from 'type-graphql';
import { LocalDate } from '../../schema/scalars';

@InputType({ description: 'A range of days, both ends included.' })
export class DateRange {
  @Field(() => LocalDate, { description: 'First day (YYYY-MM-DD).' })
  from!: string;

  @Field(() => LocalDate, { description: 'Last day (YYYY-MM-DD), on or after `from`.' })
  to!: string;
}
