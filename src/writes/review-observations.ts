import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReadRules } from '../auth/read-rules';
import { isAdmin, type Viewer } from '../auth/viewer';
import { Observation, ReviewStatus } from '../entities/observation.entity';
import { badUserInput, conflict, forbidden, notFound } from '../schema/errors';
import { actorOf, assertMayReview, inTransaction } from './observation-writers';

/** What a reviewer decides about submitted values. */
export enum ReviewDecision {
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
}

/** The most values one review call takes. */
export const MAX_REVIEWED_IDS = 1_000;

interface LockedRow {
  id: number;
  review_status: ReviewStatus;
  version: number;
  own: boolean;
}

/**
 * Approves or returns SUBMITTED values, all or none, in one transaction of three statements: the
 * rows are locked (`for update`), so of two reviews of one value at one version the second waits
 * and then finds the version moved on (CONFLICT); then one update and one audit insert for all.
 * A REVIEWER reviews values of programmes its organisations fund or implement: programme scope,
 * initiatives and activities under them, and municipalities taking part in such programmes or
 * their initiatives: the reach the read rules give it (`ReadRules.whereOwnObservation`). A value it
 * may neither read nor review is NOT_FOUND, as an unknown id is, so a review tells nothing of
 * values hidden from the reviewer; one it reads but does not review is FORBIDDEN.
 */
export async function reviewObservations(
  em: EntityManager,
  rules: ReadRules,
  viewer: Viewer,
  ids: number[],
  decision: ReviewDecision,
  comment: string | null,
  versions: number[] | null,
): Promise<number[]> {
  assertMayReview(viewer);
  if (ids.length === 0) return [];
  if (ids.length > MAX_REVIEWED_IDS)
    throw badUserInput('ids', `${ids.length} ids is more than the ${MAX_REVIEWED_IDS} one call takes.`);
  if (new Set(ids).size !== ids.length) throw badUserInput('ids', 'names one value more than once.');
  if (versions && versions.length !== ids.length)
    throw badUserInput(
      'versions',
      `has ${versions.length} entries for ${ids.length} ids; send one version per id, in the same order.`,
    );
  if (decision === ReviewDecision.RETURN && !comment?.trim())
    throw badUserInput('comment', 'is required when returning values: say what to revise.');
  if (comment != null && comment.length > 4000)
    throw badUserInput('comment', `is ${comment.length} characters; at most 4000.`);
  const { actor, tokenId } = actorOf(viewer);
  const status = decision === ReviewDecision.APPROVE ? ReviewStatus.APPROVED : ReviewStatus.RETURNED;

  return inTransaction(em, async (tx) => {
    // The values the reviewer may read or review are locked, each marked by whether its organisations take part in it (the read rules' reach).
    const asked = () => tx.getKnex().select('t.id').from({ t: 'observation' }).whereIn('t.id', ids);
    const reach = asked().where((own) => rules.whereOwnObservation(own, 't'));
    const readable = asked();
    rules.restrict(Observation, readable, 't');
    const [own, visible] = isAdmin(viewer)
      ? ['true', 'true']
      : [`o.id in (${reach.toQuery()})`, `o.id in (${readable.toQuery()})`];
    const locked = await tx.execute<LockedRow[]>(
      `select o.id, o.review_status, o.version, ${own} as own from observation o where o.id = any(?::int[]) and (${own} or ${visible}) order by o.id for update of o`,
      [intArray(ids)],
    );
    const byId = new Map(locked.map((row) => [row.id, row]));
    const missing = ids.find((id) => !byId.has(id));
    if (missing !== undefined) throw notFound('ids', String(missing));
    const foreign = locked.filter((row) => !isAdmin(viewer) && !row.own).map((row) => row.id);
    if (foreign.length > 0)
      throw forbidden(
        `Values ${foreign.join(', ')} are outside the programmes this token reviews; nothing was reviewed.`,
      );
    const stale = ids.filter((id, index) => versions && byId.get(id)!.version !== versions[index]);
    if (stale.length > 0) {
      throw conflict(
        `Values ${stale.join(', ')} changed since version sent (now ${stale.map((id) => byId.get(id)!.version).join(', ')}); nothing was reviewed.`,
        { ids: stale },
      );
    }
    const notSubmitted = locked.filter((row) => row.review_status !== ReviewStatus.SUBMITTED);
    if (notSubmitted.length > 0) {
      throw conflict(
        `Only SUBMITTED values can be reviewed; ${notSubmitted.map((row) => `${row.id} is ${row.review_status}`).join(', ')}; nothing was reviewed.`,
        {
          ids: notSubmitted.map((row) => row.id),
        },
      );
    }
    await tx.execute(UPDATE, [intArray(ids), status, comment, actor, tokenId, decision]);
    return ids;
  });
}

/** An integer array parameter, as a PostgreSQL array literal: the ORM inlines parameters, and would spread a JavaScript array. */
function intArray(values: number[]): string {
  return `{${values.map((value) => Math.trunc(value)).join(',')}}`;
}

const UPDATE = `
with before as (select * from observation where id = any(?::int[])),
updated as (
  update observation o set review_status = ?, review_comment = ?, version = o.version + 1, updated_at = now()
  from before b where b.id = o.id
  returning o.*
)
insert into audit_event (actor, token_id, action, entity_type, entity_id, before, after)
select ?::text, ?::int, ?::text, 'Observation', u.id, to_jsonb(b), to_jsonb(u)
from updated u join before b on b.id = u.id`;
