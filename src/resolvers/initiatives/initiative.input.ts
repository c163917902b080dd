import { IsISO4217CurrencyCode, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { InitiativeStatus } from '../../entities/initiative.entity';
import { NotBefore } from '../../schema/date-range';
import { LocalDate } from '../../schema/scalars';
import type { InitiativeFields } from '../../writes/initiative.writes';
import { CodeField, EnglishNameField, LocalNameField, TextField } from '../record-writes/record-input-fields';

/** The editable fields of an initiative. */
@InputType({ description: 'The editable fields of an initiative; an update replaces all of them.' })
export class InitiativeInput implements InitiativeFields {
  @Field(() => ID, { description: 'Global id of the programme that funds the initiative.' })
  programme!: string;

  @Field(() => ID, { nullable: true, description: 'Global id of the programme component it belongs to.' })
  component?: string | null;

  @CodeField('Stable natural key, unique among initiatives.')
  code!: string;

  @EnglishNameField()
  nameEn!: string;

  @LocalNameField()
  nameLocal?: string | null;

  @TextField('What the initiative does.')
  summary?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the organisation that leads it.' })
  leadOrganisation?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the municipality that leads it.' })
  leadMunicipality?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'First day (YYYY-MM-DD).' })
  startOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day (YYYY-MM-DD), not before `startOn`.' })
  @NotBefore('startOn')
  endOn?: string | null;

  @Field(() => Float, { nullable: true, description: 'The grant, at least 0, in `grantCurrency`.' })
  @Min(0)
  @Max(1e15)
  grantAmount?: number | null;

  @Field(() => String, { nullable: true, description: "ISO 4217 code of the grant's currency, for example `EUR`." })
  @IsISO4217CurrencyCode({ message: 'must be an ISO 4217 currency code such as EUR.' })
  grantCurrency?: string | null;

  @Field(() => InitiativeStatus, { nullable: true, description: 'Where the initiative stands, when known.' })
  status?: InitiativeStatus | null;
}
