import { IndicatorFrameworkElement } from '../entities/framework-element-indicator.entity';
import { indicatorSpec } from './indicator.writes';
import type { LinkSetSpec } from './link-set-spec';

/** A framework element an indicator is mapped to, as a write names it. */
export interface IndicatorFrameworkElementFields {
  element: string;
  rationale?: string | null;
}

/** The framework elements an indicator measures, each with why: ADMIN tokens only, as for the indicator itself. */
export const indicatorFrameworkElementsLinks: LinkSetSpec<IndicatorFrameworkElementFields> = {
  owner: indicatorSpec,
  ownerColumn: 'indicator_id',
  field: 'frameworkElements',
  link: IndicatorFrameworkElement,
  target: { field: 'element', typeName: 'FrameworkElement', column: 'element_id' },
  references: [],
  columns: (item) => ({ rationale: item.rationale ?? null }),
  maxItems: 200,
};
