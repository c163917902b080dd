import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DISBURSEMENT_AMOUNT, PERIOD_BUDGET_AMOUNT } from '../../auth/field-rules';
import { Disbursement } from '../../entities/disbursement.entity';
import { Organisation } from '../../entities/organisation.entity';
import { ProgrammeBudget } from '../../entities/programme-budget.entity';
import { Programme } from '../../entities/programme.entity';
import { Source } from '../../entities/source.entity';
import type { Context } from '../../loaders/request-context';
import { forbidden } from '../../schema/errors';
import { Money, moneyOf } from '../../schema/money.type';
import { NodeResolver } from '../node/node-resolver.base';

const HIDDEN = "FORBIDDEN where the programme's budget is unpublished, except to its funders and implementers.";

@Resolver(() => ProgrammeBudget)
export class ProgrammeBudgetResolver extends NodeResolver(ProgrammeBudget, (budget) => budget.id) {
  @FieldResolver(() => Money, { nullable: true, description: `The amount budgeted for the period; ${HIDDEN}` })
  async value(@Root() budget: ProgrammeBudget, @Ctx() { viewer, loaders }: Context): Promise<Money | null> {
    if (!(await PERIOD_BUDGET_AMOUNT.reads(viewer, loaders, budget)))
      throw forbidden(PERIOD_BUDGET_AMOUNT.refusal(budget));
    return moneyOf(budget.amount, budget.currency);
  }

  @FieldResolver(() => Programme, { description: 'The programme.' })
  async programme(@Root() budget: ProgrammeBudget, @Ctx() { loaders }: Context): Promise<Programme> {
    return (await loaders.programmeById.load(budget.programmeId))!;
  }

  @FieldResolver(() => Source, { nullable: true, description: 'The source that states the budget.' })
  source(@Root() budget: ProgrammeBudget, @Ctx() { loaders }: Context): Promise<Source | null> {
    return loaders.sourceById.load(budget.sourceId);
  }
}

@Resolver(() => Disbursement)
export class DisbursementResolver extends NodeResolver(Disbursement, (disbursement) => disbursement.id) {
  @FieldResolver(() => Money, { nullable: true, description: `The amount paid out; ${HIDDEN}` })
  async value(@Root() disbursement: Disbursement, @Ctx() { viewer, loaders }: Context): Promise<Money | null> {
    if (!(await DISBURSEMENT_AMOUNT.reads(viewer, loaders, disbursement)))
      throw forbidden(DISBURSEMENT_AMOUNT.refusal(disbursement));
    return moneyOf(disbursement.amount, disbursement.currency);
  }

  @FieldResolver(() => Programme, { description: 'The programme the money went to.' })
  async programme(@Root() disbursement: Disbursement, @Ctx() { loaders }: Context): Promise<Programme> {
    return (await loaders.programmeById.load(disbursement.programmeId))!;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The funder that paid.' })
  provider(@Root() disbursement: Disbursement, @Ctx() { loaders }: Context): Promise<Organisation | null> {
    return loaders.organisationById.load(disbursement.providerId);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation that received it, if known.' })
  receiver(@Root() disbursement: Disbursement, @Ctx() { loaders }: Context): Promise<Organisation | null> | null {
    return disbursement.receiverId == null ? null : loaders.organisationById.load(disbursement.receiverId);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'The source that states the disbursement.' })
  source(@Root() disbursement: Disbursement, @Ctx() { loaders }: Context): Promise<Source | null> {
    return loaders.sourceById.load(disbursement.sourceId);
  }
}
