import { Entity, Property, type Opt } from '@mikro-orm/core';
import { RoleScopeEntity } from './role-scope.entity';

/**
 * A person who signs in: by email and password (only the argon2id hash is kept), or through the
 * organisation's OpenID Connect provider. Role and scope are those of an API token (`RoleScopeEntity`), read the same way.
 */
@Entity()
export class Account extends RoleScopeEntity {
  /** Lower-cased as written, so it is unique whatever its case. */
  @Property({ type: 'text', unique: true })
  email!: string;

  /** The argon2id hash (PHC string); null until the invitation is accepted, or for provider-only sign-in. */
  @Property({ type: 'text', nullable: true, lazy: true })
  passwordHash?: string | null;

  /** Raised by one with every change an administrator makes (role, scope, disabling, enabling); a change sent from an older one is CONFLICT. */
  @Property({ type: 'integer', default: 1 })
  version: Opt<number> = 1;

  /** When it was disabled: it signs in no more, and its sessions ended then. */
  @Property({ type: 'datetime', nullable: true })
  disabledAt?: Date | null;

  /** Sessions opened before this have ended (the account was disabled, or its password reset), wherever they are kept. */
  @Property({ type: 'datetime', nullable: true })
  sessionsEndedAt?: Date | null;
}
