import { registerDecorator, type ValidationArguments } from 'class-validator';

/** The decorated date (YYYY-MM-DD) is not before the date in `startProperty`, when both are given. */
export function NotBefore(startProperty: string): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'notBefore',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [startProperty],
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const start = (args.object as Record<string, unknown>)[startProperty];
          return value == null || start == null || String(value) >= String(start);
        },
        defaultMessage(args: ValidationArguments) {
          return `${String(args.value)} is before ${startProperty} ${String((args.object as Record<string, unknown>)[startProperty])}.`;
        },
      },
    });
  };
}
