import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ObservationKind } from '../../entities/observation.entity';
import { PersonRole } from '../../entities/person-role.enum';
import { Sex } from '../../entities/sex.enum';
import { LocalDate } from '../../schema/scalars';
import type { ObservationFields } from '../../writes/submit-observations';

/** One value to submit; the indicator, scope, period, sex, role and kind are its natural key. */
@InputType({
  description:
    'One value to submit. Indicator, scope, period, sex, role and kind are its natural key: a row with the key of a stored value updates that value.',
})
export class ObservationInput implements ObservationFields {
  @Field({ description: "The indicator's code, for example `TRAINED`." })
  indicator!: string;

  @Field(() => ID, {
    description:
      'Global id of what the value is about: a Municipality, Programme, Initiative, Organisation, Activity or Country.',
  })
  scope!: string;

  @Field(() => LocalDate, { description: 'First day of the period (YYYY-MM-DD).' })
  periodStart!: string;

  @Field(() => LocalDate, { description: 'Last day of the period (YYYY-MM-DD), not before `periodStart`.' })
  periodEnd!: string;

  @Field(() => Sex, {
    defaultValue: Sex.TOTAL,
    description: 'Sex cell; FEMALE or MALE only for indicators disaggregated by SEX.',
  })
  sex!: Sex;

  @Field(() => PersonRole, {
    nullable: true,
    description: 'Role cell; only for indicators disaggregated by ROLE; null for every role.',
  })
  role?: PersonRole | null;

  @Field(() => ObservationKind, {
    defaultValue: ObservationKind.ACTUAL,
    description: 'Baseline, target or actual (the default).',
  })
  kind!: ObservationKind;

  @Field(() => Float, {
    description: "The value in the indicator's unit: PERCENT 0-100, BOOLEAN 0 or 1, COUNT not negative.",
  })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Numerator of a percentage, where known; not negative.' })
  numerator?: number | null;

  @Field(() => Float, { nullable: true, description: 'Denominator of a percentage, where known; greater than zero.' })
  denominator?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Key of the Source that states the value, for example `salar-hoj-programme-page`.',
  })
  source?: string | null;

  @Field(() => [String], {
    defaultValue: [],
    description: 'Links (http or https, at most 20) to documents that back the value.',
  })
  evidenceUrls!: string[];

  @Field(() => Int, {
    nullable: true,
    description:
      "The stored value's `version` as read, when changing it: if the value has changed since (or is not stored), the batch is refused with CONFLICT. Leave out to write regardless.",
  })
  version?: number | null;
}
