import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { redactedHistory } from '../../auth/history-redaction';
import { takesPartInObservation } from '../../auth/programme-access';
import { AuditEvent } from '../../entities/audit-event.entity';
import { isEditable } from '../../entities/editable.entity';
import type { Observation } from '../../entities/observation.entity';
import { listAuditEvents } from '../../loaders/audit-events.query';
import { readableRecordIncludingArchived } from '../../loaders/readable-record.query';
import type { Context } from '../../loaders/request-context';
import { forbidden, notFound, unauthenticated } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { lookUpNode } from '../../loaders/node-lookups';
import { integerIdOf } from '../../schema/whole-number';

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Query(() => [AuditEvent], {
    description:
      'Every recorded write to one object, oldest first (at most the newest 1 000): who, when, what, and the values before and after. ' +
      "For callers with a token, about objects they may read, archived ones included (NOT_FOUND otherwise); a value's history, which shows its drafts, only for its reporter, its reviewers and ADMIN (FORBIDDEN otherwise). " +
      'History shows no more than the fields do: `before` or `after` is null where the object, as it stood then, was one the caller may not read (an unpublished programme, for one); ' +
      'a key of another record is null where the caller may not read that record (archived ones count as read when their history answers); and the values a field answers FORBIDDEN for ' +
      "(an unpublished budget and its funders' amounts, a working group member's name) are null unless the caller may read them both as the object stands and as it stood then.",
  })
  async history(
    @Arg('id', () => ID, { description: 'A global id from an `id` field.' }) id: string,
    @Ctx() { loaders, reader, viewer }: Context,
  ): Promise<AuditEvent[]> {
    if (viewer.role === null)
      throw unauthenticated('The history of a record needs a token: send `Authorization: Bearer <token>`.');
    const { typeName, key } = fromGlobalId(id, 'id');
    const entity = reader.em.getMetadata().find(typeName)?.class;
    const integerKey = integerIdOf(key);
    const record: object | false | null | undefined =
      entity && isEditable(entity)
        ? integerKey !== null && (await readableRecordIncludingArchived<object>(reader, entity, integerKey))
        : await lookUpNode(loaders, typeName, key);
    if (!record) throw notFound('id', id);
    if (typeName === 'Observation' && !(await takesPartInObservation(viewer, loaders, record as Observation))) {
      throw forbidden('The history of a value shows its drafts: only its reporter, its reviewers and ADMIN read it.');
    }
    if (!entity || integerKey === null) return [];
    return redactedHistory(
      viewer,
      loaders,
      reader.em,
      entity,
      record,
      await listAuditEvents(reader, entity, integerKey),
    );
  }
}
