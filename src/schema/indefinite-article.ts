/** `noun` after its indefinite article, for the record type names the messages and descriptions use: "an Indicator", "a Programme". */
export function withArticle(noun: string): string {
  return 'AEIOUaeiou'.includes(noun.charAt(0)) ? `an ${noun}` : `a ${noun}`;
}
