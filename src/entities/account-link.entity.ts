import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Account } from './account.entity';
import { BaseEntity } from './base.entity';

/** What a one-time account link does. */
export enum AccountLinkPurpose {
  /** Sets the first password of an invited account. */
  INVITATION = 'INVITATION',
  /** Replaces the password, and ends the account's sessions. */
  PASSWORD_RESET = 'PASSWORD_RESET',
}

/** A one-time link to set an account's password: only the SHA-256 of its token is stored. */
@Entity()
export class AccountLink extends BaseEntity {
  @Property({ type: 'character', length: 64, unique: true })
  tokenHash!: string;

  @ManyToOne(() => Account, { deleteRule: 'cascade', mapToPk: true, fieldName: 'account_id', index: true })
  accountId!: number;

  @Enum({ items: () => AccountLinkPurpose })
  purpose!: AccountLinkPurpose;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** When it was used; a used link works no more. */
  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}
