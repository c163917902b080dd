import { Entity, Index, Property } from '@mikro-orm/core';
import { RoleScopeEntity } from './role-scope.entity';

/** An API token: only the SHA-256 of its secret is stored; the secret is shown once, when made. Its role and scope are an account's (`RoleScopeEntity`). */
@Entity()
export class ApiToken extends RoleScopeEntity {
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'character', length: 64, unique: true })
  secretHash!: string;

  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Index()
  revokedAt?: Date | null;
}
