import { ArrayType, Enum, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';
import { Role } from './role.enum';

/**
 * Columns of whatever acts with a role (an account, an API token): the role, and where it acts.
 * Both tables hold them alike, so both are read the same way (`src/auth/role-scope.ts`).
 */
export abstract class RoleScopeEntity extends BaseEntity {
  @Enum({ items: () => Role })
  role!: Role;

  /** Organisations an EDITOR, REVIEWER or VIEWER acts for. */
  @Property({ type: new ArrayType((item) => Number(item)), columnType: 'int[]', default: '{}' })
  organisationIds: Opt<number[]> = [];

  /** Municipalities a REPORTER reports for. */
  @Property({ type: new ArrayType((item) => Number(item)), columnType: 'int[]', default: '{}' })
  municipalityIds: Opt<number[]> = [];
}
