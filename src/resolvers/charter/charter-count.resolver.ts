import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import {
  checkCharterCountArguments,
  loadCharterCounts,
  MAX_CHARTER_COUNT_COUNTRIES,
  MAX_CHARTER_COUNT_YEARS,
  type CharterCountRow,
} from '../../analytics/charter-counts';
import { Country } from '../../entities/country.entity';
import { Observation } from '../../entities/observation.entity';
import type { Context } from '../../loaders/request-context';
import { atMost, fieldCost } from '../field-cost';
import { CountryCode } from '../../schema/scalars';
import { CharterCountPoint } from './charter-count-point.type';

/** The counts' cost: every country (those listed, or every one the hub records) in every year of the range is a row that costs its selections. */
const charterCountsCost = fieldCost<{ countries?: string[] | null; from: number; to: number }>(
  ({ args, childComplexity, scopeCounts }) => {
    const countries = args.countries
      ? atMost(args.countries.length, MAX_CHARTER_COUNT_COUNTRIES)
      : atMost(scopeCounts.countries, MAX_CHARTER_COUNT_COUNTRIES);
    return 1 + countries * atMost(args.to - args.from + 1, MAX_CHARTER_COUNT_YEARS) * (1 + childComplexity);
  },
);

@Resolver(() => CharterCountPoint)
export class CharterCountResolver {
  @Query(() => [CharterCountPoint], {
    complexity: charterCountsCost,
    description:
      'Signatories of the European Charter for Equality of Women and Men in Local Life per country and year, computed in the database from the recorded signatures: signed in the year, signed by its end, action plans adopted by its end, overdue at its end. Every year of the range comes back for every country, empty years with zeros; by country code, then year.',
  })
  async charterSignatoryCounts(
    @Ctx() { reader }: Context,
    @Arg('countries', () => [CountryCode], {
      nullable: true,
      description:
        'The countries (ISO 3166-1 alpha-2); every country the hub records when not given. NOT_FOUND for a code it does not record.',
    })
    countries: string[] | null | undefined,
    @Arg('from', () => Int, { description: 'First year.' }) from: number,
    @Arg('to', () => Int, {
      description: `Last year, on or after \`from\`; at most ${MAX_CHARTER_COUNT_YEARS} years in all.`,
    })
    to: number,
  ): Promise<CharterCountRow[]> {
    checkCharterCountArguments(countries ?? null, from, to);
    return loadCharterCounts(reader, countries ?? null, from, to);
  }

  @FieldResolver(() => Country, { description: 'The country.' })
  async country(@Root() point: CharterCountRow, @Ctx() { loaders }: Context): Promise<Country> {
    return (await loaders.countryByCode.load(point.countryCode))!;
  }

  @FieldResolver(() => Observation, {
    nullable: true,
    description:
      'The number of signatories a source reported for the country in this year (the approved CHARTER_SIGNATORIES value whose period ends in the year), with its source and quote; null when none is reported. It may differ from `signatories` when the hub holds no signature rows behind the reported figure.',
  })
  reportedSignatories(@Root() point: CharterCountRow, @Ctx() { loaders }: Context): Promise<Observation | null> | null {
    return point.reportedObservationId === null ? null : loaders.observationById.load(point.reportedObservationId);
  }
}
