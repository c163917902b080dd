import type { EntityManager } from '@mikro-orm/postgresql';
import { Disaggregation, IndicatorComputation } from '../entities/indicator.entity';
import type { FieldProblem } from '../schema/errors';

interface StoredUse {
  unit: string;
  values: number;
  bySex: number;
  byRole: number;
}

/**
 * The changes to an indicator that its stored values forbid: another unit (the values were
 * measured in this one), COMPUTED (they were reported), or dropping the sex or role split they
 * use. The indicator row is locked first, so values submitted meanwhile wait and are counted.
 */
export async function indicatorChangesBreakingValues(
  tx: EntityManager,
  key: number,
  values: Record<string, unknown>,
): Promise<FieldProblem[]> {
  const [stored] = await tx.execute<StoredUse[]>(
    `select i.unit, s.values, s.by_sex as "bySex", s.by_role as "byRole" from indicator i
     cross join lateral (
       select count(*)::int as values, (count(*) filter (where o.sex <> 'TOTAL'))::int as by_sex, (count(*) filter (where o.role is not null))::int as by_role
       from observation o where o.indicator_id = i.id
     ) s
     where i.id = ? for update of i`,
    [key],
  );
  if (!stored || stored.values === 0) return [];
  const problems: FieldProblem[] = [];
  const held = (count: number) => (count === 1 ? '1 stored value is' : `${count} stored values are`);
  if (values.unit !== stored.unit)
    problems.push({
      path: 'input.unit',
      reason: `${held(stored.values)} in ${stored.unit}; an indicator with values keeps its unit.`,
    });
  if (values.computation === IndicatorComputation.COMPUTED)
    problems.push({
      path: 'input.computation',
      reason: `${held(stored.values)} reported; an indicator with reported values cannot become COMPUTED.`,
    });
  const splits = values.disaggregations as Disaggregation[];
  if (stored.bySex > 0 && !splits.includes(Disaggregation.SEX))
    problems.push({ path: 'input.disaggregations', reason: `${held(stored.bySex)} split by SEX; keep SEX.` });
  if (stored.byRole > 0 && !splits.includes(Disaggregation.ROLE))
    problems.push({ path: 'input.disaggregations', reason: `${held(stored.byRole)} split by ROLE; keep ROLE.` });
  return problems;
}
