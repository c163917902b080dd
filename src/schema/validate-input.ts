import { validate, type ValidationError } from 'class-validator';
import type { ValidatorFn } from 'type-graphql';
import { badFields, type FieldProblem } from './errors';

/**
 * Checks an input argument against its class-validator decorators; every failing field, nested
 * ones included, is listed as `argument.path` with why. Given per argument, so only the inputs that
 * declare rules pay for validation.
 */
export function validateInput(argument: string): ValidatorFn {
  return async (value: unknown) => {
    if (value === null || typeof value !== 'object') return;
    const errors = await validate(value, {
      skipMissingProperties: true,
      forbidUnknownValues: false,
      validationError: { target: false, value: false },
    });
    if (errors.length > 0) throw badFields(argument, problemsOf(errors, argument));
  };
}

function problemsOf(errors: ValidationError[], parent: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = `${parent}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ path, reason }));
    return [...own, ...problemsOf(error.children ?? [], path)];
  });
}

/** Checks each item of a list argument against its class-validator decorators; every failing field is listed as `argument[index].path`. */
export function validateItems(argument: string): ValidatorFn {
  return async (value: unknown) => {
    if (!Array.isArray(value)) return;
    const problems = await Promise.all(
      value.map(async (item, index) => {
        if (item === null || typeof item !== 'object') return [];
        const errors = await validate(item as object, {
          skipMissingProperties: true,
          forbidUnknownValues: false,
          validationError: { target: false, value: false },
        });
        return problemsOf(errors, `${argument}[${index}]`);
      }),
    );
    const fields = problems.flat();
    if (fields.length > 0) throw badFields(argument, fields);
  };
}
