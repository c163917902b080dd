import { registerDecorator, type ValidationArguments } from 'class-validator';
import { badUserInput } from './errors';

/** A range end: a date (YYYY-MM-DD, which sorts as text) or a year. */
type RangeEnd = string | number;

/**
 * The one rule of a range: its end is not before its start. Answers what is wrong, worded the same
 * everywhere (`2020-12-31 is before startOn 2021-01-01.`), or null when the range is in order or
 * either end is not given. `startName` is the start's name as the caller wrote it.
 */
export function rangeEndProblem(
  start: RangeEnd | null | undefined,
  end: RangeEnd | null | undefined,
  startName: string,
): string | null {
  if (start == null || end == null || end >= start) return null;
  return `${end} is before ${startName} ${start}.`;
}

/** Refuses a range whose end (the argument `endArgument`) is before its start, as BAD_USER_INPUT; see `rangeEndProblem`. */
export function checkRange(
  start: RangeEnd | null | undefined,
  end: RangeEnd | null | undefined,
  startName: string,
  endArgument: string,
): void {
  const problem = rangeEndProblem(start, end, startName);
  if (problem !== null) throw badUserInput(endArgument, problem);
}

/** The decorated date (YYYY-MM-DD) is not before the date in `startProperty`, when both are given; see `rangeEndProblem`. */
export function NotBefore(startProperty: string): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'notBefore',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [startProperty],
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          return rangeEndProblem(startOf(args), value as RangeEnd | null, startProperty) === null;
        },
        defaultMessage(args: ValidationArguments) {
          return rangeEndProblem(startOf(args), args.value as RangeEnd | null, startProperty) ?? '';
        },
      },
    });
  };
}

function startOf(args: ValidationArguments): RangeEnd | null {
  return (args.object as Record<string, RangeEnd | null>)[args.constraints[0] as string];
}
