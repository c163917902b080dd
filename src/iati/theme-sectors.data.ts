/** A theme's DAC five-digit purpose code (sector vocabulary 1), with why the theme falls under it. */
export interface ThemeSector {
  theme: string;
  sector: string;
  /** The purpose code's name in the DAC CRS list. */
  sectorName: string;
  reason: string;
}

/**
 * How the hub's themes map to DAC CRS purpose codes. Several themes may share a code; an activity
 * lists each code once, without percentages, as the hub records no shares between its themes.
 * A theme not listed gives no sector.
 */
export const THEME_SECTORS: readonly ThemeSector[] = [
  {
    theme: 'GENDER_MAINSTREAMING',
    sector: '15170',
    sectorName: "Women's rights organisations and movements, and government institutions",
    reason:
      "Gender mainstreaming builds the gender-equality capacity of government institutions (municipalities, regions and their associations), which 15170 covers under 'government institutions'.",
  },
  {
    theme: 'GENDER_EQUALITY',
    sector: '15170',
    sectorName: "Women's rights organisations and movements, and government institutions",
    reason:
      'Gender equality at local and regional level is worked on through local and regional government institutions, the institutional side of 15170.',
  },
  {
    theme: 'EQUAL_HEALTH',
    sector: '12110',
    sectorName: 'Health policy and administrative management',
    reason:
      'Gender-equal health is pursued through the health policy and administration of regions and municipalities.',
  },
  {
    theme: 'PUBLIC_HEALTH',
    sector: '12110',
    sectorName: 'Health policy and administrative management',
    reason: 'Public-health work of local government is health policy and its administration.',
  },
  {
    theme: 'HUMAN_RIGHTS',
    sector: '15160',
    sectorName: 'Human rights',
    reason: 'The theme is human rights itself.',
  },
  {
    theme: 'CHILDRENS_RIGHTS',
    sector: '15160',
    sectorName: 'Human rights',
    reason: "The rights of the child are human rights; 15160 names children's rights among its examples.",
  },
  {
    theme: 'EU_INTEGRATION',
    sector: '15112',
    sectorName: 'Decentralisation and support to subnational government',
    reason: 'Support to local governments in the EU integration process is support to subnational government.',
  },
  {
    theme: 'ENVIRONMENTAL_PROTECTION',
    sector: '41010',
    sectorName: 'Environmental policy and administrative management',
    reason: 'Environmental protection by local government is environmental policy and its administration.',
  },
  {
    theme: 'BUSINESS_ENVIRONMENT',
    sector: '25010',
    sectorName: 'Business policy and administration',
    reason: 'Improving the business environment and climate is business policy and administration.',
  },
  {
    theme: 'RISK_REDUCTION_EMERGENCY_MANAGEMENT',
    sector: '74020',
    sectorName: 'Multi-hazard response preparedness',
    reason:
      'Risk reduction and emergency management of local government prepares the response to hazards of every kind.',
  },
];

/** The themes that make gender equality an objective of a programme (the gender-equality policy marker). */
export const GENDER_THEMES: readonly string[] = ['GENDER_MAINSTREAMING', 'GENDER_EQUALITY', 'EQUAL_HEALTH'];

/** The gender-equality policy marker's significance of one programme, with why. */
export interface GenderMarker {
  programme: string;
  significance: '1' | '2';
  reason: string;
}

/**
 * The significance the programmes' stated aims support. A programme not listed is marked
 * significant (1) when one of its themes is a gender theme, and not marked otherwise: the hub does
 * not call gender equality a programme's principal objective unless its aims say so.
 */
export const GENDER_MARKERS: readonly GenderMarker[] = [
  {
    programme: 'HAJ',
    significance: '2',
    reason:
      'Principal: the programme was set up to support gender mainstreaming at local level and funded 88 gender mainstreaming initiatives.',
  },
  {
    programme: 'SE_RS_EU_INTEGRATION',
    significance: '1',
    reason:
      'Significant: "Gender Equality at Local Level" is one of its five components; its principal objective is EU integration of local governments.',
  },
  {
    programme: 'SE_RS_EU_ACCESSION',
    significance: '1',
    reason:
      'Significant: it continues support for gender mainstreaming beside high-quality services, stakeholder dialogue and efficient local administration on the road to EU accession.',
  },
  {
    programme: 'NO_LIKESTILTE_KOMMUNER',
    significance: '2',
    reason: 'Principal: the programme was initiated to promote gender equality in municipalities.',
  },
  {
    programme: 'SKR_GE_2018_2020',
    significance: '2',
    reason:
      'Principal: its aim was to increase the impact of the national gender equality policy goals at local and regional level.',
  },
];
