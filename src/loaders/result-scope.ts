import type { Loaders } from './loaders';
import type { ResultScope } from './framework-loaders';
import type { IndicatorFigures } from './results-by-scope.loader';
import { OBSERVATION_SCOPES, ScopeKind } from '../entities/observation-scope-types';
import { badUserInput } from '../schema/errors';
import { fromGlobalId, integerKeyOf } from '../schema/global-id';
import { withArticle } from '../schema/indefinite-article';

/** Results are kept for every kind of scope but activities. */
const RESULT_SCOPES = OBSERVATION_SCOPES.filter((scope) => scope.kind !== ScopeKind.ACTIVITY);

/** Decodes a `scope` argument: the global id of a programme, initiative, municipality, organisation or country. */
export function resultScopeOf(id: string, argument: string): ResultScope {
  const { typeName, key } = fromGlobalId(id, argument);
  const scope = RESULT_SCOPES.find((candidate) => candidate.typeName === typeName);
  if (!scope) {
    throw badUserInput(
      argument,
      `${JSON.stringify(id.slice(0, 100))} is the id of ${withArticle(typeName)}; results are kept for a Programme, Initiative, Municipality, Organisation or Country.`,
    );
  }
  const column = scope.column as ResultScope['column'];
  if (scope.integerKey) return { column, key: integerKeyOf(id, typeName, argument) };
  if (!/^[A-Z]{2}$/.test(key))
    throw badUserInput(argument, `${JSON.stringify(id.slice(0, 100))} is not the id of a Country.`);
  return { column, key };
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
