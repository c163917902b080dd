import type { Loaders } from './loaders';
import type { ResultScope } from './framework-loaders';
import type { IndicatorFigures } from './results-by-scope.loader';
import { badUserInput } from '../schema/errors';
import { fromGlobalId, integerKeyOf } from '../schema/global-id';
import { withArticle } from '../schema/indefinite-article';

/** The Node types results are kept for, and the observation column of each. */
const SCOPE_COLUMNS = {
  Programme: 'programme_id',
  Initiative: 'initiative_id',
  Municipality: 'municipality_id',
  Organisation: 'organisation_id',
  Country: 'country_code',
} as const;

/** Decodes a `scope` argument: the global id of a programme, initiative, municipality, organisation or country. */
export function resultScopeOf(id: string, argument: string): ResultScope {
  const { typeName, key } = fromGlobalId(id, argument);
  if (typeName === 'Country') {
    if (!/^[A-Z]{2}$/.test(key))
      throw badUserInput(argument, `${JSON.stringify(id.slice(0, 100))} is not the id of a Country.`);
    return { column: SCOPE_COLUMNS.Country, key };
  }
  if (!(typeName in SCOPE_COLUMNS)) {
    throw badUserInput(
      argument,
      `${JSON.stringify(id.slice(0, 100))} is the id of ${withArticle(typeName)}; results are kept for a Programme, Initiative, Municipality, Organisation or Country.`,
    );
  }
  const name = typeName as Exclude<keyof typeof SCOPE_COLUMNS, 'Country'>;
  return { column: SCOPE_COLUMNS[name], key: integerKeyOf(id, name, argument) };
}

/** The results of one scope, through the request's results loader of its kind (shared with `results` fields). */
export function resultsOfScope(loaders: Loaders, scope: ResultScope): Promise<IndicatorFigures[]> {
  switch (scope.column) {
    case 'programme_id':
      return loaders.resultsByProgramme.load(scope.key as number);
    case 'initiative_id':
      return loaders.resultsByInitiative.load(scope.key as number);
    case 'municipality_id':
      return loaders.resultsByMunicipality.load(scope.key as number);
    case 'organisation_id':
      return loaders.resultsByOrganisation.load(scope.key as number);
    case 'country_code':
      return loaders.resultsByCountry.load(scope.key as string);
  }
}
