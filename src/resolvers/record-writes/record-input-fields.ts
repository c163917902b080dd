import { isISO4217CurrencyCode, Length, MaxLength, registerDecorator } from 'class-validator';
import { Field } from 'type-graphql';
import { NaturalCode } from '../../writes/natural-code';

/** Applies several property decorators as one. */
function both(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}

/** A record's natural key: a required `code` field, checked by `NaturalCode`. */
export function CodeField(description: string): PropertyDecorator {
  return both(Field({ description }), NaturalCode());
}

/** A record's required English name, 1 to 500 characters. */
export function EnglishNameField(): PropertyDecorator {
  return both(Field({ description: 'Name in English.' }), Length(1, 500));
}

/** A record's optional name in its own language, at most 500 characters. */
export function LocalNameField(description = 'Name in the original language.'): PropertyDecorator {
  return both(
    Field(() => String, { nullable: true, description }),
    MaxLength(500),
  );
}

/** A record's optional longer text, at most 10 000 characters. */
export function TextField(description: string): PropertyDecorator {
  return both(
    Field(() => String, { nullable: true, description }),
    MaxLength(10_000),
  );
}

/** A required currency: an ISO 4217 code as the standard writes it, three capital letters (`SEK`, not `sek`). */
export function CurrencyField(description: string): PropertyDecorator {
  const currency: PropertyDecorator = (target, property) =>
    registerDecorator({
      name: 'currencyCode',
      target: target.constructor,
      propertyName: String(property),
      options: { message: 'must be an ISO 4217 currency code in capitals, such as SEK.' },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && /^[A-Z]{3}$/.test(value) && isISO4217CurrencyCode(value),
      },
    });
  return both(Field({ description }), currency);
}
