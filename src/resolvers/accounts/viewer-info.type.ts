import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../entities/role.enum';

/** How the caller proved who it is. */
export enum Authentication {
  ANONYMOUS = 'ANONYMOUS',
  TOKEN = 'TOKEN',
  SESSION = 'SESSION',
}
registerEnumType(Authentication, {
  name: 'Authentication',
  description: 'How the caller proved who it is.',
  valuesConfig: {
    ANONYMOUS: { description: 'It did not: no token and no session.' },
    TOKEN: { description: 'With an API token (`Authorization: Bearer <token>`).' },
    SESSION: { description: "With a signed-in account's session cookie." },
  },
});

/** Who the caller is: how it authenticated, its role and its scope. */
@ObjectType('ViewerInfo', {
  description:
    'Who the caller is: how it authenticated, its role and its scope. Tokens and accounts carry role and scope alike.',
})
export class ViewerInfo {
  @Field(() => Authentication, { description: 'How the caller proved who it is.' })
  authentication!: Authentication;

  @Field(() => Role, { nullable: true, description: "The caller's role; null when anonymous." })
  role!: Role | null;

  /** Filled by the resolver from the account. */
  accountId!: number | null;
  organisationIds!: number[];
  municipalityIds!: number[];
}
