import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Role } from '../../entities/role.enum';

/** A person who signs in, as ADMIN sees it: never a password or its hash. */
@ObjectType('Account', {
  description:
    'A person who signs in, with a role and a scope as a token carries them (README, "Accounts"). Only ADMIN reads accounts.',
})
export class AccountType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field({ description: 'Email, lower-cased; unique.' })
  email!: string;

  @Field(() => Role, { description: 'What the account may do; its scope says where.' })
  role!: Role;

  @Field({ description: 'Whether it is disabled: it signs in no more, and its sessions have ended.' })
  disabled!: boolean;

  @Field({ description: 'Whether a password is set; false until the invitation is accepted.' })
  passwordSet!: boolean;

  @Field(() => GraphQLDateTime, { description: 'When it was made (ISO 8601 timestamp).' })
  createdAt!: Date;

  @Field(() => Int, {
    description:
      'Changes by one with every change an administrator makes (role, scope, disabling, enabling); send it back with `updateAccount`, `disableAccount` or `enableAccount`, which a newer version refuses with CONFLICT.',
  })
  version!: number;

  organisationIds!: number[];
  municipalityIds!: number[];
}
