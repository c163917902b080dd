import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { readsMemberName } from '../auth/member-name-access';
import { takesPartInObservation } from '../auth/programme-access';
import { AuditEvent } from '../entities/audit-event.entity';
import { isEditable } from '../entities/editable.entity';
import type { Observation } from '../entities/observation.entity';
import { listAuditEvents } from '../loaders/audit-events.query';
import { isReadableIncludingArchived } from '../loaders/readable-record.query';
import type { Context } from '../server/context';
import { forbidden, notFound, unauthenticated } from '../schema/errors';
import { fromGlobalId } from '../schema/global-id';
import { nodeLookups } from '../schema/node-lookup';

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Query(() => [AuditEvent], {
    description:
      'Every recorded write to one object, oldest first (at most the newest 1 000): who, when, what, and the values before and after. ' +
      'For callers with a token, about objects they may read, archived ones included (NOT_FOUND otherwise); a value\'s history, which shows its drafts, only for its reporter, its reviewers and ADMIN, and a working group member\'s, which shows its name, only for the organisation that runs the group and ADMIN (FORBIDDEN otherwise).',
  })
  async history(@Arg('id', () => ID, { description: 'A global id from an `id` field.' }) id: string, @Ctx() { loaders, reader, viewer }: Context): Promise<AuditEvent[]> {
    if (viewer.role === null) throw unauthenticated('The history of a record needs a token: send `Authorization: Bearer <token>`.');
    const { typeName, key } = fromGlobalId(id, 'id');
    const editable = reader.em.getMetadata().find(typeName)?.class;
    const lookup = nodeLookups[typeName];
    const found = editable && isEditable(editable)
      ? /^\d{1,9}$/.test(key) && (await isReadableIncludingArchived(reader, editable, Number(key)))
      : lookup && (await lookup(loaders, key));
    if (!found) throw notFound('id', id);
    if (typeName === 'Observation' && !(await takesPartInObservation(viewer, loaders, found as Observation))) {
      throw forbidden('The history of a value shows its drafts: only its reporter, its reviewers and ADMIN read it.');
    }
    if (typeName === 'WorkingGroupMember' && !(await readsMemberName(viewer, reader.em, Number(key)))) {
      throw forbidden('The history of a working group member shows its name, personal data: only the organisation that runs the group and ADMIN read it.');
    }
    return /^\d{1,9}$/.test(key) ? listAuditEvents(reader, typeName, Number(key)) : [];
  }
}
