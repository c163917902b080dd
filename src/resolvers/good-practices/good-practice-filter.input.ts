import { Field, InputType } from 'type-graphql';
import { LocalGovernmentRole, PracticeArea } from '../../entities/good-practice.entity';
import type { GoodPracticeListFilter } from '../../loaders/good-practice-list.query';

@InputType({ description: 'Which good practices to list; every condition given must hold.' })
export class GoodPracticeFilter implements GoodPracticeListFilter {
  @Field(() => PracticeArea, { nullable: true, description: 'In this thematic area (among others).' })
  area?: PracticeArea | null;

  @Field(() => LocalGovernmentRole, {
    nullable: true,
    description: 'Concerning this role of local government (among others).',
  })
  role?: LocalGovernmentRole | null;

  @Field(() => String, { nullable: true, description: 'From the programme with this code, for example `HAJ`.' })
  programme?: string | null;
}
