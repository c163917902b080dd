import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Organisation } from '../../entities/organisation.entity';
import { ProgrammeFunder } from '../../entities/programme-funder.entity';
import { Programme } from '../../entities/programme.entity';
import type { Context } from '../../loaders/request-context';
import { forbidden } from '../../schema/errors';
import { FUNDING_AMOUNT } from '../../auth/field-rules';
import { Money, moneyOf } from '../../schema/money.type';

@Resolver(() => ProgrammeFunder)
export class ProgrammeFunderResolver {
  @FieldResolver(() => Organisation, { description: 'The funding organisation.' })
  async funder(@Root() funding: ProgrammeFunder, @Ctx() { loaders }: Context): Promise<Organisation> {
    return (await loaders.organisationById.load(funding.organisationId))!;
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description:
      "How much it funds, when known; FORBIDDEN where the programme's budget is unpublished, except to its funders and implementers.",
  })
  async amount(@Root() funding: ProgrammeFunder, @Ctx() { viewer, loaders }: Context): Promise<Money | null> {
    if (!(await FUNDING_AMOUNT.reads(viewer, loaders, funding))) throw forbidden(FUNDING_AMOUNT.refusal(funding));
    return moneyOf(funding.amount, funding.currency);
  }

  @FieldResolver(() => Programme, { description: 'The programme.' })
  async programme(@Root() funding: ProgrammeFunder, @Ctx() { loaders }: Context): Promise<Programme> {
    return (await loaders.programmeById.load(funding.programmeId))!;
  }
}
