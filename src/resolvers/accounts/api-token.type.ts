import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../../entities/role.enum';

/** An API token, as ADMIN sees it: never its secret or the secret's hash. */
@ObjectType('ApiToken', {
  description: 'An API token, without its secret (shown once, when made). Only ADMIN reads tokens.',
})
export class ApiTokenType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field({ description: 'What it is for, as its maker named it.' })
  name!: string;

  @Field(() => Role, { description: 'What the token may do; its scope says where.' })
  role!: Role;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it stops working; null: never.' })
  expiresAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was revoked; null while it works.' })
  revokedAt!: Date | null;

  @Field(() => GraphQLDateTime, { description: 'When it was made (ISO 8601 timestamp).' })
  createdAt!: Date;

  organisationIds!: number[];
  municipalityIds!: number[];
}
