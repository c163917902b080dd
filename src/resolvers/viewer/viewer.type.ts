import { Field, ObjectType } from 'type-graphql';
import { Role } from '../../entities/role.enum';

/** Who is asking, as the hub knows them: what the pages that write data need to offer. */
@ObjectType('Viewer', {
  description:
    'Who is asking: the role and scope of the token (or session) the request carries; an anonymous caller has no role and an empty scope.',
})
export class ViewerInfo {
  @Field(() => Role, { nullable: true, description: 'The role; null for an anonymous caller.' })
  role!: Role | null;

  /** Municipalities a REPORTER reports for (keys). */
  municipalityIds!: number[];

  /** Organisations an EDITOR, REVIEWER or VIEWER acts for (keys). */
  organisationIds!: number[];
}
