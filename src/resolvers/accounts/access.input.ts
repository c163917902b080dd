import { ArrayMaxSize, IsEmail, Length, MaxLength } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../../entities/role.enum';
import type { AccessInput } from '../../writes/account.writes';

/** Most organisations or municipalities in one scope. */
const MAX_SCOPE = 200;

/** A role and where it acts. */
@InputType({ description: 'A role and where it acts; the role must have the scope it needs and no other.' })
export class AccessFields implements AccessInput {
  @Field(() => Role, { description: 'What it may do.' })
  role!: Role;

  @Field(() => [ID], {
    nullable: true,
    description: 'Organisations an EDITOR, REVIEWER or VIEWER acts for (global ids); empty for other roles.',
  })
  @ArrayMaxSize(MAX_SCOPE)
  organisations?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Municipalities a REPORTER reports for (global ids); empty for other roles.',
  })
  @ArrayMaxSize(MAX_SCOPE)
  municipalities?: string[] | null;
}

/** Whom to invite, and what the account may do. */
@InputType({ description: 'Whom to invite, and what the account may do.' })
export class AccountInvitationInput extends AccessFields {
  @Field({ description: 'Email of the person; unique among accounts whatever its case.' })
  @MaxLength(254)
  @IsEmail({}, { message: 'must be an email address.' })
  email!: string;
}

/** A new API token. */
@InputType({ description: 'A new API token: its name, role, scope and expiry.' })
export class ApiTokenInput extends AccessFields {
  @Field({ description: 'What it is for, e.g. `Nightly import from the municipal register`.' })
  @Length(1, 200)
  name!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it stops working; null: never.' })
  expiresAt?: Date | null;
}
