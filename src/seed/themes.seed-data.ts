/** A subject area, keyed by `code`. */
export interface ThemeSeed {
  code: string;
  nameEn: string;
}

/** Only the themes the seed documents name for the programmes they describe. */
export const themes = [
  { code: 'GENDER_MAINSTREAMING', nameEn: 'Gender mainstreaming' },
  { code: 'GENDER_EQUALITY', nameEn: 'Gender equality at local and regional level' },
  { code: 'EQUAL_HEALTH', nameEn: 'Gender-equal health' },
  { code: 'PUBLIC_HEALTH', nameEn: 'Public health' },
  { code: 'HUMAN_RIGHTS', nameEn: 'Human rights' },
  { code: 'CHILDRENS_RIGHTS', nameEn: 'Rights of the child' },
  { code: 'EU_INTEGRATION', nameEn: 'EU integration and accession of local government' },
  { code: 'ENVIRONMENTAL_PROTECTION', nameEn: 'Environmental protection' },
  { code: 'BUSINESS_ENVIRONMENT', nameEn: 'Business environment and business climate' },
  { code: 'RISK_REDUCTION_EMERGENCY_MANAGEMENT', nameEn: 'Risk reduction and emergency management' },
] as const satisfies readonly ThemeSeed[];

export type ThemeCode = (typeof themes)[number]['code'];
