/** A country the seed records, keyed by its ISO 3166-1 alpha-2 code. */
export interface CountrySeed {
  code: string;
  nameEn: string;
  nameLocal: string;
}

export const countries = [
  { code: 'SE', nameEn: 'Sweden', nameLocal: 'Sverige' },
  { code: 'RS', nameEn: 'Serbia', nameLocal: 'Srbija' },
  { code: 'NO', nameEn: 'Norway', nameLocal: 'Norge' },
] as const satisfies readonly CountrySeed[];

export type CountryCode = (typeof countries)[number]['code'];
