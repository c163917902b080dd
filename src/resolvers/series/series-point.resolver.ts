import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SeriesPointRow } from '../../analytics/series';
import { Country } from '../../entities/country.entity';
import { Municipality } from '../../entities/municipality.entity';
import { Programme } from '../../entities/programme.entity';
import type { Context } from '../../loaders/request-context';
import { SeriesPoint } from './series.type';

@Resolver(() => SeriesPoint)
export class SeriesPointResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether no value of the group lies in the period: `value` is then null and both counts 0.',
  })
  empty(@Root() point: SeriesPointRow): boolean {
    return point.observationCount === 0 && point.excludedCount === 0;
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country, when grouped by COUNTRY.' })
  async country(@Root() point: SeriesPointRow, @Ctx() { loaders }: Context): Promise<Country | null> {
    return point.countryCode === null ? null : loaders.countryByCode.load(point.countryCode);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The region, when grouped by REGION.' })
  async region(@Root() point: SeriesPointRow, @Ctx() { loaders }: Context): Promise<Municipality | null> {
    return point.regionId === null ? null : loaders.municipalityById.load(point.regionId);
  }

  @FieldResolver(() => Municipality, {
    nullable: true,
    description: 'The municipality, city or region, when grouped by MUNICIPALITY.',
  })
  async municipality(@Root() point: SeriesPointRow, @Ctx() { loaders }: Context): Promise<Municipality | null> {
    return point.municipalityId === null ? null : loaders.municipalityById.load(point.municipalityId);
  }

  @FieldResolver(() => Programme, {
    nullable: true,
    description: 'The programme, when grouped by PROGRAMME (null for values outside any programme).',
  })
  async programme(@Root() point: SeriesPointRow, @Ctx() { loaders }: Context): Promise<Programme | null> {
    return point.programmeId === null ? null : loaders.programmeById.load(point.programmeId);
  }
}
