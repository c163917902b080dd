import { Programme } from '../entities/programme.entity';
import type { ProgrammeInput } from '../resolvers/programmes/programme.input';
import { CODE_KEY, type RecordSpec } from './record-spec';

/**
 * Programmes: ADMIN writes them; EDITOR tokens update the programmes their organisations fund or
 * implement, and attach them under (or succeed them by) only such programmes. No programme is its
 * own ancestor or successor.
 */
export const programmeSpec: RecordSpec<ProgrammeInput> = {
  typeName: 'Programme',
  entity: Programme,
  references: {
    parent: { typeName: 'Programme', column: 'parent_id', acyclic: true },
    successor: { typeName: 'Programme', column: 'successor_id', acyclic: true },
  },
  columns: (input) => ({
    code: input.code, name_en: input.nameEn, name_local: input.nameLocal ?? null, summary: input.summary ?? null,
    planned_start_on: input.plannedStartOn ?? null, planned_end_on: input.plannedEndOn ?? null, start_on: input.startOn ?? null, end_on: input.endOn ?? null,
    published: input.published, budget_amount: input.budgetAmount ?? null, budget_currency: input.budgetCurrency ?? null,
    budget_published: input.budgetPublished, website: input.website ?? null,
  }),
  naturalKeys: [CODE_KEY],
  editors: { actions: ['UPDATE'], programmeOf: (row) => row.id as number },
};
