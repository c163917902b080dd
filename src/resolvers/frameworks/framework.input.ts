import { Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { FrameworkElementFields, FrameworkFields } from '../../writes/framework.writes';
import { CodeField, EnglishNameField, TextField } from '../record-writes/record-input-fields';

/** The editable fields of a framework. */
@InputType({ description: 'The editable fields of a framework; an update replaces all of them.' })
export class FrameworkInput implements FrameworkFields {
  @CodeField('Stable natural key, unique among frameworks, for example `SDG_5`.')
  code!: string;

  @EnglishNameField()
  nameEn!: string;

  @TextField('What the framework is and how its elements are numbered.')
  description?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the source where the framework and its wording are published.',
  })
  source?: string | null;
}

/** The editable fields of a framework element. */
@InputType({
  description: 'The editable fields of an article, goal or target of a framework; an update replaces all of them.',
})
export class FrameworkElementInput implements FrameworkElementFields {
  @Field(() => ID, { description: 'Global id of the framework it belongs to.' })
  framework!: string;

  @CodeField('Code, unique within the framework, for example `ARTICLE_1`, `GOAL_5` or `5.2`.')
  code!: string;

  @Field(() => Int, { description: "Place in the framework's own order, from 1." })
  @Min(1)
  @Max(100_000)
  position!: number;

  @EnglishNameField()
  nameEn!: string;

  @TextField("The element's wording in full, where the source gives more than its name.")
  description?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the element of the same framework it is part of, if any (a target under its goal).',
  })
  parent?: string | null;
}

/** One framework element an indicator is mapped to, as `setIndicatorFrameworkElements` takes it. */
@InputType({ description: 'A framework element an indicator measures, with why.' })
export class IndicatorFrameworkElementInput {
  @Field(() => ID, { description: 'Global id of the framework element.' })
  element!: string;

  @TextField('Why the indicator measures the element: a mapping is a claim, and the claim keeps its reason.')
  rationale?: string | null;
}
