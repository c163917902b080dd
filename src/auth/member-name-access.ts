import type { EntityManager } from '@mikro-orm/postgresql';
import { actsFor } from './programme-access';
import { isAdmin, type Viewer } from './viewer';

/** Whether the viewer reads the name of working group member `memberId`, archived or not: ADMIN, and tokens of the organisation that runs its group. */
export async function readsMemberName(viewer: Viewer, em: EntityManager, memberId: number): Promise<boolean> {
  if (isAdmin(viewer)) return true;
  const [group] = await em.execute<{ organisation_id: number }[]>(
    'select g.organisation_id from working_group_member m join working_group g on g.id = m.working_group_id where m.id = ?', [memberId],
  );
  return group !== undefined && actsFor(viewer, group.organisation_id);
}
