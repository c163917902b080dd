import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Theme } from '../../entities/theme.entity';
import { fetchAllRows } from '../../loaders/all-rows.query';
import type { Context } from '../../loaders/request-context';
import { notFound } from '../../schema/errors';
import { NodeResolver } from '../node/node-resolver.base';

@Resolver(() => Theme)
export class ThemeResolver extends NodeResolver(Theme, (theme) => theme.id) {
  @Query(() => [Theme], { description: 'Every theme, by code.' })
  themes(@Ctx() { reader }: Context): Promise<Theme[]> {
    return fetchAllRows(reader, Theme, ['code']);
  }

  @Query(() => Theme, { description: 'The theme with this code; NOT_FOUND when there is none.' })
  async theme(
    @Arg('code', { description: "The theme's code, for example `GENDER_MAINSTREAMING`." }) code: string,
    @Ctx() { loaders }: Context,
  ): Promise<Theme> {
    const theme = await loaders.themeByCode.load(code);
    if (!theme) throw notFound('code', code);
    return theme;
  }
}
