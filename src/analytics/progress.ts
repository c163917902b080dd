import { IndicatorDirection } from '../entities/indicator.entity';

/**
 * How far an indicator has come from its baseline toward its target, as a share (0 = at the
 * baseline, 1 = target reached, above 1 = beyond it, below 0 = moved away). The formula
 * (actual − baseline) / (target − baseline) is direction-aware by itself: for an indicator where
 * lower is better the target lies below the baseline, so progress still grows as the value falls.
 * Without a baseline, a higher-is-better indicator counts from zero (actual / target); a
 * lower-is-better one has no defined starting point, so progress is null. Null as well without an
 * actual or a target, for a neutral indicator, or when target and baseline coincide.
 */
export function progressTowardTarget(
  direction: IndicatorDirection,
  values: { baseline: number | null; target: number | null; actual: number | null },
): number | null {
  const { baseline, target, actual } = values;
  if (actual === null || target === null || direction === IndicatorDirection.NEUTRAL) return null;
  if (baseline !== null) return target === baseline ? null : (actual - baseline) / (target - baseline);
  if (direction === IndicatorDirection.LOWER_IS_BETTER || target === 0) return null;
  return actual / target;
}
