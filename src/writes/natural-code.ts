import { Length, Matches } from 'class-validator';

/** A natural key as the hub writes them: 1 to 64 letters, digits, `.`, `_`, `:` or `-`, for example `HAJ` or `SE-2019-07`. */
export function NaturalCode(): PropertyDecorator {
  const length = Length(1, 64, { message: 'must be 1 to 64 characters long.' });
  const pattern = Matches(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, {
    message: 'may hold only letters, digits, ".", "_", ":" and "-", starting with a letter or digit.',
  });
  return (target, property) => {
    length(target, property);
    pattern(target, property);
  };
}
