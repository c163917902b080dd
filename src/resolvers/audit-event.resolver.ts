import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { takesPartInObservation } from '../auth/programme-access';
import { AuditEvent } from '../entities/audit-event.entity';
import type { Observation } from '../entities/observation.entity';
import { listAuditEvents } from '../loaders/audit-events.query';
import type { Context } from '../server/context';
import { forbidden, notFound, unauthenticated } from '../schema/errors';
import { fromGlobalId } from '../schema/global-id';
import { nodeLookups } from '../schema/node-lookup';

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Query(() => [AuditEvent], {
    description:
      'Every recorded write to one object, oldest first (at most the newest 1 000): who, when, what, and the values before and after. ' +
      'For callers with a token, about objects they may read (NOT_FOUND otherwise); a value\'s history, which shows its drafts, only for its reporter, its reviewers and ADMIN (FORBIDDEN otherwise).',
  })
  async history(@Arg('id', () => ID, { description: 'A global id from an `id` field.' }) id: string, @Ctx() { loaders, reader, viewer }: Context): Promise<AuditEvent[]> {
    if (viewer.role === null) throw unauthenticated('The history of a record needs a token: send `Authorization: Bearer <token>`.');
    const { typeName, key } = fromGlobalId(id, 'id');
    const lookup = nodeLookups[typeName];
    const row = lookup ? await lookup(loaders, key) : null;
    if (!row) throw notFound('id', id);
    if (typeName === 'Observation' && !(await takesPartInObservation(viewer, loaders, row as Observation))) {
      throw forbidden('The history of a value shows its drafts: only its reporter, its reviewers and ADMIN read it.');
    }
    return /^\d{1,9}$/.test(key) ? listAuditEvents(reader, typeName, Number(key)) : [];
  }
}
