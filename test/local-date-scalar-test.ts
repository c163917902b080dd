import { GraphQLLocalDate } from 'graphql-scalars';
import { describe, expect, it } from 'vitest';
import { LocalDate } from '../src/schema/scalars';

/** What a serialize gave: the value, or the message of the error it threw. */
function outcome(serialize: (value: unknown) => unknown, value: unknown): unknown {
  try {
    return { value: serialize(value) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('LocalDate in answers', () => {
  it('sends what graphql-scalars would, and refuses what it refuses with its error, without its Date round trip', () => {
    const values: unknown[] = [
      '2024-02-29',
      '2023-02-29',
      '2100-02-29',
      '2000-02-29',
      '0000-02-29',
      '2024-04-31',
      '2024-12-31',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024-1-01',
      '2024-01-01T00:00:00Z',
      '9999-12-31',
      '0001-01-01',
      '',
      20240101,
      null,
      new Date('2024-01-01'),
    ];
    for (const value of values)
      expect(
        outcome((v) => LocalDate.serialize(v), value),
        String(value),
      ).toEqual(outcome((v) => GraphQLLocalDate.serialize(v), value));
  });
});
