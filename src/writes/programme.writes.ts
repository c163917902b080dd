import { programmeRecord } from '../entities/programme.entity';
import { recordSpec } from './record-spec';

/** What a write of a programme reads from its input: the editable fields, and the records it names by global id (or code). */
export interface ProgrammeFields {
  code: string;
  nameEn: string;
  nameLocal?: string | null;
  summary?: string | null;
  plannedStartOn?: string | null;
  plannedEndOn?: string | null;
  startOn?: string | null;
  endOn?: string | null;
  published: boolean;
  budgetAmount?: number | null;
  budgetCurrency?: string | null;
  budgetPublished: boolean;
  website?: string | null;
  parent?: string | null;
  successor?: string | null;
}

/**
 * Programmes: ADMIN writes them; EDITOR tokens update the programmes their organisations fund or
 * implement, and attach them under (or succeed them by) only such programmes. No programme is its
 * own ancestor or successor.
 */
export const programmeSpec = recordSpec<ProgrammeFields>(programmeRecord, {
  references: {
    parent: { typeName: 'Programme', column: 'parent_id', acyclic: true },
    successor: { typeName: 'Programme', column: 'successor_id', acyclic: true },
  },
  columns: (input) => ({
    code: input.code,
    name_en: input.nameEn,
    name_local: input.nameLocal ?? null,
    summary: input.summary ?? null,
    planned_start_on: input.plannedStartOn ?? null,
    planned_end_on: input.plannedEndOn ?? null,
    start_on: input.startOn ?? null,
    end_on: input.endOn ?? null,
    published: input.published,
    budget_amount: input.budgetAmount ?? null,
    budget_currency: input.budgetCurrency ?? null,
    budget_published: input.budgetPublished,
    website: input.website ?? null,
  }),
  editors: { actions: ['UPDATE'], programmeOf: (row) => row.id as number },
});
