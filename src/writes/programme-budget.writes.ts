import {
  type BudgetStatus,
  type BudgetType,
  MAX_BUDGETS_PER_PROGRAMME,
  programmeBudgetRecord,
} from '../entities/programme-budget.entity';
import { recordSpec } from './record-spec';

/** What a write of a budget per period reads from its input: the editable fields, and the records it names by global id. */
export interface ProgrammeBudgetFields {
  programme: string;
  periodStart: string;
  periodEnd: string;
  type: BudgetType;
  status: BudgetStatus;
  amount: number;
  currency: string;
  source: string;
}

/**
 * Budgets per period: ADMIN, and EDITOR tokens in the programmes their organisations fund or
 * implement. A programme holds at most MAX_BUDGETS_PER_PROGRAMME of them.
 */
export const programmeBudgetSpec = recordSpec<ProgrammeBudgetFields>(programmeBudgetRecord, {
  references: {
    programme: { typeName: 'Programme', column: 'programme_id' },
    source: { typeName: 'Source', column: 'source_id' },
  },
  columns: (input) => ({
    period_start: input.periodStart,
    period_end: input.periodEnd,
    type: input.type,
    status: input.status,
    amount: input.amount,
    currency: input.currency,
  }),
  rowCap: { field: 'programme', cap: MAX_BUDGETS_PER_PROGRAMME, noun: 'budgets per period' },
  editors: { actions: ['CREATE', 'UPDATE', 'ARCHIVE'], programmeOf: (row) => row.programme_id as number },
});
