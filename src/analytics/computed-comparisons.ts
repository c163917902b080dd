import { ComputedFigureKind } from './computed-figure-kind';

/**
 * Which reported indicator each computed figure is compared with: the one place that links what a
 * programme publishes to what the hub can count. The indicator table has no link of its own (a
 * `computedFrom` column would need a migration), so the link is by code:
 *
 * - INITIATIVE_COUNT ↔ INITIATIVES_FUNDED, MUNICIPALITIES_REACHED ↔ PROGRAMME_PARTICIPATING_MUNICIPALITIES;
 * - SHARE_TRUE of a BOOLEAN indicator `X` ↔ the percentage indicator `X_SHARE` (so an initiative-level
 *   `HAJ_TANGIBLE_IMPROVEMENTS` would be compared with the reported `HAJ_TANGIBLE_IMPROVEMENTS_SHARE`).
 */
export const COMPARABLE_COUNT_CODES: Record<Exclude<ComputedFigureKind, ComputedFigureKind.SHARE_TRUE>, string> = {
  [ComputedFigureKind.INITIATIVE_COUNT]: 'INITIATIVES_FUNDED',
  [ComputedFigureKind.MUNICIPALITIES_REACHED]: 'PROGRAMME_PARTICIPATING_MUNICIPALITIES',
};

/** Appended to a BOOLEAN indicator's code, names the reported percentage its SHARE_TRUE is compared with. */
export const COMPARABLE_SHARE_SUFFIX = '_SHARE';
