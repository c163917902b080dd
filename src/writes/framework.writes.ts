import { frameworkElementRecord } from '../entities/framework-element.entity';
import { frameworkRecord } from '../entities/framework.entity';
import { recordSpec } from './record-spec';

/** What a write of a framework reads from its input: the editable fields, and the records it names by global id. */
export interface FrameworkFields {
  code: string;
  nameEn: string;
  description?: string | null;
  source?: string | null;
}

/** Frameworks: ADMIN tokens only (every programme's indicators are mapped to them). */
export const frameworkSpec = recordSpec<FrameworkFields>(frameworkRecord, {
  references: { source: { typeName: 'Source', column: 'source_id' } },
  columns: (input) => ({ code: input.code, name_en: input.nameEn, description: input.description ?? null }),
});

/** What a write of a framework element reads from its input. */
export interface FrameworkElementFields {
  framework: string;
  code: string;
  position: number;
  nameEn: string;
  description?: string | null;
  parent?: string | null;
}

/**
 * The articles, goals and targets of frameworks: ADMIN tokens only. An element lies under an
 * element of its own framework, and never under itself or one below it.
 */
export const frameworkElementSpec = recordSpec<FrameworkElementFields>(frameworkElementRecord, {
  references: {
    framework: { typeName: 'Framework', column: 'framework_id' },
    parent: { typeName: 'FrameworkElement', column: 'parent_id', acyclic: true },
  },
  columns: (input) => ({
    code: input.code,
    position: input.position,
    name_en: input.nameEn,
    description: input.description ?? null,
  }),
  consistency: (referenced, values) =>
    referenced.parent && referenced.parent.frameworkId !== values.framework_id
      ? [{ path: 'input.parent', reason: 'names an element of another framework than `framework`.' }]
      : [],
});
