import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { loadSexBreakdown } from '../../analytics/computed-sex-breakdown';
import { Disaggregation } from '../../entities/indicator.entity';
import { SCOPE_TYPE_NAMES, scopeOfTypeName } from '../../entities/observation-scope-types';
import type { Context } from '../../loaders/request-context';
import { badUserInput, notFound } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { TYPE_NAME } from '../../schema/node.interface';
import { lookUpNode } from '../../loaders/node-lookups';
import { LocalDate } from '../../schema/scalars';
import { SexBreakdown } from './computed-sex-breakdown.type';
import { withArticle } from '../../schema/indefinite-article';
import { checkRange } from '../../schema/date-range';

@Resolver(() => SexBreakdown)
export class SexBreakdownResolver {
  @Query(() => SexBreakdown, {
    description:
      "A sex-disaggregated indicator's FEMALE, MALE and TOTAL values for one scope over a range, with the female share, the female − male gap and the female / male ratio, computed in the database. Only approved values the viewer may read count.",
  })
  async sexBreakdown(
    @Ctx() { reader, loaders }: Context,
    @Arg('indicator', {
      description:
        "The indicator's code; NOT_FOUND when there is none, BAD_USER_INPUT when it is not disaggregated by SEX.",
    })
    indicatorCode: string,
    @Arg('scope', () => ID, {
      description:
        'The id of the country, programme, initiative, municipality, organisation or activity the values are about; NOT_FOUND when the viewer cannot read it.',
    })
    scopeId: string,
    @Arg('from', () => LocalDate, { description: 'First day of the range (YYYY-MM-DD).' }) from: string,
    @Arg('to', () => LocalDate, { description: 'Last day of the range (YYYY-MM-DD), on or after `from`.' }) to: string,
  ): Promise<SexBreakdown> {
    checkRange(from, to, 'from', 'to');
    const { typeName, key } = fromGlobalId(scopeId, 'scope');
    const scopeType = scopeOfTypeName(typeName);
    if (!scopeType)
      throw badUserInput(
        'scope',
        `${withArticle(typeName)} has no observations; give the id of a ${SCOPE_TYPE_NAMES}.`,
      );

    const [indicator, scope] = await Promise.all([
      loaders.indicatorByCode.load(indicatorCode),
      lookUpNode(loaders, typeName, key),
    ]);
    if (!indicator) throw notFound('indicator', indicatorCode);
    if (!indicator.disaggregations.includes(Disaggregation.SEX)) {
      throw badUserInput('indicator', `the indicator ${indicatorCode} is not disaggregated by SEX.`);
    }
    if (!scope) throw notFound('scope', scopeId);

    const breakdown = await loadSexBreakdown(
      reader,
      indicator,
      { column: scopeType.column, key: scopeType.integerKey ? Number(key) : key },
      { from, to },
    );
    return { ...breakdown, indicator, scope: { ...scope, [TYPE_NAME]: typeName }, from, to };
  }
}
