import { registerDecorator, type ValidationArguments } from 'class-validator';

/** The decorated date (YYYY-MM-DD) is not after today (UTC), when given: something that has already happened. */
export function NotInFuture(): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'notInFuture',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate(value: unknown) {
          return value == null || String(value) <= new Date().toISOString().slice(0, 10);
        },
        defaultMessage(args: ValidationArguments) {
          return `${String(args.value)} is in the future; it records something that has happened.`;
        },
      },
    });
  };
}
