import { disbursementSpec } from '../../writes/disbursement.writes';
import { programmeBudgetSpec } from '../../writes/programme-budget.writes';
import { DisbursementInput } from './disbursement.input';
import { ProgrammeBudgetInput } from './programme-budget.input';
import { recordWriteResolver } from '../record-writes/record-write.resolver';

/** createProgrammeBudget, updateProgrammeBudget, archiveProgrammeBudget. */
export const ProgrammeBudgetWritesResolver = recordWriteResolver(programmeBudgetSpec, ProgrammeBudgetInput);

/** createDisbursement, updateDisbursement, archiveDisbursement. */
export const DisbursementWritesResolver = recordWriteResolver(disbursementSpec, DisbursementInput);
