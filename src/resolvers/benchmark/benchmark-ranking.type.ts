import { Field, Int, ObjectType } from 'type-graphql';
import { Normalisation } from '../../analytics/benchmark-normalisation';
import type { BenchmarkRequest } from '../../analytics/benchmark-request';
import { summariseBenchmark } from '../../analytics/benchmark-batch';
import type { BenchmarkSummary } from '../../analytics/benchmark-summary';
import { Country } from '../../entities/country.entity';
import { MunicipalityKind } from '../../entities/municipality.entity';
import type { Reader } from '../../loaders/reader';

@ObjectType({
  description:
    "A country's municipalities ranked for a year on a composite score of chosen, weighted indicators (the benchmarking SCTM's online tool offered). The value of a municipality for an indicator is its approved ACTUAL total (both sexes, every role) whose period lies inside the year, the latest if several.",
})
export class MunicipalityRanking {
  @Field(() => Country, { description: 'The country whose municipalities are ranked.' })
  country: Country;

  @Field(() => Int, { description: 'The year ranked.' })
  year: number;

  @Field(() => Normalisation, { description: "How each indicator's values were put on one scale." })
  normalisation: Normalisation;

  @Field(() => MunicipalityKind, { nullable: true, description: 'The tier ranked; null when every tier is.' })
  kind: MunicipalityKind | null;

  /** The checked request, for the field resolvers that run its SQL. */
  readonly request: BenchmarkRequest;

  private summary?: Promise<BenchmarkSummary>;

  constructor(country: Country, request: BenchmarkRequest) {
    this.country = country;
    this.year = request.year;
    this.normalisation = request.normalisation;
    this.kind = request.kind;
    this.request = request;
  }

  /** The ranking's counts and statistics: one statement, however many of its fields are asked for. */
  summarise(reader: Reader): Promise<BenchmarkSummary> {
    return (this.summary ??= summariseBenchmark(reader, this.request));
  }
}
