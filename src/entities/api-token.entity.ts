import { ArrayType, Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import { Role } from './role.enum';
import { BaseEntity } from './base.entity';

/** An API token: only the SHA-256 of its secret is stored; the secret is shown once, when made. */
@Entity()
export class ApiToken extends BaseEntity {
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'character', length: 64, unique: true })
  secretHash!: string;

  @Enum({ items: () => Role })
  role!: Role;

  /** Organisations an EDITOR, REVIEWER or VIEWER acts for. */
  @Property({ type: new ArrayType((item) => Number(item)), columnType: 'int[]', default: '{}' })
  organisationIds: Opt<number[]> = [];

  /** Municipalities a REPORTER reports for. */
  @Property({ type: new ArrayType((item) => Number(item)), columnType: 'int[]', default: '{}' })
  municipalityIds: Opt<number[]> = [];

  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Index()
  revokedAt?: Date | null;
}
