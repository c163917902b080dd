import { AccountLink } from './account-link.entity';
import { AccountSession } from './account-session.entity';
import { Account } from './account.entity';
import { ApiToken } from './api-token.entity';
import { AuditEvent } from './audit-event.entity';
import { recordTypes } from './record-types';

/** Every entity the ORM maps, listed explicitly so the built app and the tests discover the same set: the record types, accounts with their sessions, the tokens and the audit trail. */
export const entities = [
  ...recordTypes.map((record) => record.entity),
  Account,
  AccountLink,
  AccountSession,
  ApiToken,
  AuditEvent,
];
