/**
 * The most characters the API takes in each kind of text field (the `Length` and `MaxLength` checks
 * of its inputs), given to the fields as `maxLength`, so what is typed past it is not sent to be refused.
 */
export const TEXT_LIMITS = {
  /** A natural key: a code, or a source's key (`NaturalCode`). */
  code: 64,
  /** A name in English or in its own language, a title in English, a publisher. */
  name: 500,
  /** A source's title. */
  title: 1000,
  /** A summary, a definition, a mapping's rationale. */
  text: 10_000,
  /** A web address. */
  url: 2000,
  /** An email address. */
  email: 254,
  /** An API token's name. */
  tokenName: 200,
} as const;
