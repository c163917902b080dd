import 'reflect-metadata';
import { getMetadataStorage } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { AccountInvitationInput, ApiTokenInput } from '../src/resolvers/accounts/access.input';
import { IndicatorFrameworkElementInput } from '../src/resolvers/frameworks/framework.input';
import { IndicatorInput } from '../src/resolvers/indicators/indicator.input';
import { InitiativeInput } from '../src/resolvers/initiatives/initiative.input';
import { ProgrammeInput } from '../src/resolvers/programmes/programme.input';
import { SourceInput } from '../src/resolvers/sources/source.input';
import { TEXT_LIMITS } from '../web/src/pages/admin/text-limits';

/** The most characters the API's checks (`Length`, `MaxLength`) let `property` of `input` hold. */
function apiLimit(input: new () => object, property: string): number | undefined {
  const limits = getMetadataStorage()
    .getTargetValidationMetadatas(input, '', true, false)
    .filter((check) => check.propertyName === property)
    .flatMap((check) =>
      check.name === 'maxLength'
        ? [check.constraints[0] as number]
        : check.name === 'isLength'
          ? [check.constraints[1] as number]
          : [],
    );
  return limits.length ? Math.min(...limits) : undefined;
}

/** The lengths the /admin forms hold their text fields to are the API's, so nothing typed within them is refused for its length. */
describe('the text limits of the /admin forms', () => {
  const fields: [new () => object, string, number][] = [
    [ProgrammeInput, 'code', TEXT_LIMITS.code],
    [ProgrammeInput, 'nameEn', TEXT_LIMITS.name],
    [ProgrammeInput, 'nameLocal', TEXT_LIMITS.name],
    [ProgrammeInput, 'summary', TEXT_LIMITS.text],
    [ProgrammeInput, 'website', TEXT_LIMITS.url],
    [InitiativeInput, 'code', TEXT_LIMITS.code],
    [InitiativeInput, 'nameEn', TEXT_LIMITS.name],
    [InitiativeInput, 'nameLocal', TEXT_LIMITS.name],
    [InitiativeInput, 'summary', TEXT_LIMITS.text],
    [IndicatorInput, 'code', TEXT_LIMITS.code],
    [IndicatorInput, 'nameEn', TEXT_LIMITS.name],
    [IndicatorInput, 'definition', TEXT_LIMITS.text],
    [IndicatorFrameworkElementInput, 'rationale', TEXT_LIMITS.text],
    [SourceInput, 'key', TEXT_LIMITS.code],
    [SourceInput, 'title', TEXT_LIMITS.title],
    [SourceInput, 'titleEn', TEXT_LIMITS.name],
    [SourceInput, 'publisher', TEXT_LIMITS.name],
    [SourceInput, 'url', TEXT_LIMITS.url],
    [AccountInvitationInput, 'email', TEXT_LIMITS.email],
    [ApiTokenInput, 'name', TEXT_LIMITS.tokenName],
  ];
  it.each(fields.map(([input, property, limit]) => ({ input, name: input.name, property, limit })))(
    '$name: $property takes at most $limit characters',
    ({ input, property, limit }) => {
      expect(apiLimit(input, property)).toBe(limit);
    },
  );
});
