import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { AccountType } from './account.type';
import { ApiTokenType } from './api-token.type';

/** An account and a one-time link for it. */
@ObjectType('AccountLink', {
  description:
    'An account and a one-time link that sets its password (an invitation or a reset): hand it to the person; it works once.',
})
export class AccountLinkType {
  @Field(() => AccountType, { description: 'The account.' })
  account!: AccountType;

  @Field({ description: 'The link, `<PUBLIC_URL>/accept-invitation#token=...` or `/reset-password#token=...`.' })
  link!: string;

  @Field(() => GraphQLDateTime, { description: 'When the link stops working.' })
  expiresAt!: Date;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether the link was mailed to the account's email: true when the mail server took it; false when sending failed (the link works all the same: hand it over yourself); null when the hub sends no mail (SMTP_URL unset).",
  })
  mailed!: boolean | null;
}

/** A new token and its secret. */
@ObjectType('NewApiToken', { description: 'A new API token and its secret, shown this once and never again.' })
export class NewApiTokenType {
  @Field(() => ApiTokenType, { description: 'The token.' })
  token!: ApiTokenType;

  @Field({ description: 'The secret: send it as `Authorization: Bearer <secret>`. Only its hash is kept.' })
  secret!: string;
}
