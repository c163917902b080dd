import { ImplementerRole } from '../entities/programme-implementer.entity';
import type { CountryCode } from './countries.seed-data';
import type { OrganisationCode } from './organisations.seed-data';
import type { SourceKey } from './sources.seed-data';
import type { ThemeCode } from './themes.seed-data';

/** A programme with the organisations, countries, themes and sources it links to, all by natural key. */
export interface ProgrammeSeed {
  code: string;
  nameEn: string;
  nameLocal?: string;
  summary: string;
  plannedStartOn?: string;
  plannedEndOn?: string;
  startOn?: string;
  endOn?: string;
  budgetAmount?: string;
  budgetCurrency?: string;
  successorCode?: string;
  funders: readonly { organisationCode: OrganisationCode; amount?: string; currency?: string }[];
  implementers: readonly { organisationCode: OrganisationCode; role: ImplementerRole }[];
  countryCodes: readonly CountryCode[];
  themeCodes: readonly ThemeCode[];
  sourceKeys: readonly SourceKey[];
}

export const programmes = [
  {
    code: 'HAJ',
    nameEn: 'Programme for Sustainable Gender Equality',
    nameLocal: 'Program för Hållbar Jämställdhet (HåJ)',
    summary:
      'Set up by SALAR in 2008 after the Swedish Government decided to fund an initiative supporting gender mainstreaming at local level. ' +
      'Originally planned for 2007-2010, it was extended twice (endorsed for two additional periods), with a total funding of 25 million euro in 2008-2013, ' +
      "which makes it one of Sweden's largest initiatives on gender equality. Part of the National platform for Gender Mainstreaming, it targeted " +
      "gender mainstreaming in the country's municipalities and county councils and funded 88 gender mainstreaming initiatives over the years. " +
      'SALAR developed a strategy to coordinate and support the participating local authorities, and measures to reinforce gender mainstreaming ' +
      'in organisations that did not take part.',
    plannedStartOn: '2007-01-01',
    plannedEndOn: '2010-12-31',
    startOn: '2008-01-01',
    endOn: '2013-12-31',
    budgetAmount: '25000000',
    budgetCurrency: 'EUR',
    funders: [{ organisationCode: 'GOV_SE', amount: '25000000', currency: 'EUR' }],
    implementers: [{ organisationCode: 'SALAR', role: ImplementerRole.LEAD }],
    countryCodes: ['SE'],
    themeCodes: ['GENDER_MAINSTREAMING'],
    sourceKeys: ['haj-gender-mainstreaming-at-local-level', 'haj-report-2010', 'haj-external-evaluation'],
  },
  {
    code: 'SE_RS_EU_INTEGRATION',
    nameEn: 'Support to Local Governments in Serbia in the EU Integration Process',
    summary:
      'Programme SCTM implemented from 2011, financed by Sweden and technically supported by SALAR, to support local governments in Serbia ' +
      'in the EU integration process. Of its five components, "Gender Equality at Local Level" was inspired by Serbia\'s gender equality law, ' +
      'National Strategy and Action Plan and by the international framework of the Council of Europe, the United Nations and the EU, with a ' +
      'strong focus on gender mainstreaming. The Observatory of the European Charter for Equality of Women and Men in Local Life recognised the ' +
      'SCTM-SALAR cooperation as a good practice in applying the Charter in international cooperation and twinning.',
    startOn: '2011-01-01',
    successorCode: 'SE_RS_EU_ACCESSION',
    funders: [{ organisationCode: 'GOV_SE' }],
    implementers: [
      { organisationCode: 'SCTM', role: ImplementerRole.LEAD },
      { organisationCode: 'SALAR', role: ImplementerRole.TECHNICAL_SUPPORT },
    ],
    countryCodes: ['RS'],
    themeCodes: [
      'EU_INTEGRATION',
      'ENVIRONMENTAL_PROTECTION',
      'GENDER_EQUALITY',
      'GENDER_MAINSTREAMING',
      'BUSINESS_ENVIRONMENT',
    ],
    sourceKeys: [
      'salar-sctm-gender-collaboration',
      'sctm-gender-equality-at-local-level',
      'serbia-local-self-government-facts',
    ],
  },
  {
    code: 'SE_RS_EU_ACCESSION',
    nameEn:
      'Support to Serbian LSGs on the road to EU accession: enabling high quality services, stakeholder dialogue and efficient local administration',
    summary:
      'The new round of SCTM-SALAR cooperation, financed by the Swedish Government, that followed the completed programme "Support to Local ' +
      'Governments in Serbia in the EU Integration Process", so that support for gender mainstreaming at local level continues until 2020. ' +
      'Strong focus on gender mainstreaming at local level, with special attention to environmental protection, improving the business climate, ' +
      'and risk reduction and emergency management.',
    plannedEndOn: '2020-12-31',
    funders: [{ organisationCode: 'GOV_SE' }],
    implementers: [
      { organisationCode: 'SCTM', role: ImplementerRole.LEAD },
      { organisationCode: 'SALAR', role: ImplementerRole.PARTNER },
    ],
    countryCodes: ['RS'],
    themeCodes: [
      'GENDER_MAINSTREAMING',
      'ENVIRONMENTAL_PROTECTION',
      'BUSINESS_ENVIRONMENT',
      'RISK_REDUCTION_EMERGENCY_MANAGEMENT',
    ],
    sourceKeys: ['sctm-gender-equality-at-local-level'],
  },
  {
    code: 'NO_LIKESTILTE_KOMMUNER',
    nameEn: 'Municipal programme "Gender-equal municipalities" 2012-2014',
    nameLocal: 'Kommuneprogrammet «Likestilte kommuner»',
    summary:
      'Three-year programme the Norwegian Government initiated in 2012, run by the Ministry of Children, Equality and Social Inclusion, to promote ' +
      'gender equality in municipalities: better quality of services and more efficient municipal work through awareness of gender equality, and ' +
      'a gender perspective in all areas, at all levels and by all employees. Twenty municipalities received guidance (from three regional equality ' +
      'centres) and NOK 300 000 each for activities (trainings, studies, meetings to exchange experiences) and pilot projects that had to target ' +
      'gender equality of services and/or planning; most chose gender equality in their role as employers in the health and child care sector, most ' +
      'set up working groups of sector representatives and, in most cases, elected representatives, and most took a course on equality and diversity. ' +
      "A webpage launched by the programme collects municipalities' good practices as employers, service providers and urban developers, by theme " +
      '(age, child care, ethnicity, public health, culture, school, social care and more).',
    plannedStartOn: '2012-01-01',
    plannedEndOn: '2014-12-31',
    startOn: '2012-01-01',
    endOn: '2014-12-31',
    funders: [{ organisationCode: 'NO_BLD' }],
    implementers: [{ organisationCode: 'NO_BLD', role: ImplementerRole.LEAD }],
    countryCodes: ['NO'],
    themeCodes: ['GENDER_EQUALITY', 'GENDER_MAINSTREAMING'],
    sourceKeys: ['norway-gender-approach-in-local-policies', 'likestilt-no-likestilte-kommuner'],
  },
  {
    code: 'SKR_GE_2018_2020',
    nameEn: 'SKR gender equality initiative 2018-2020',
    nameLocal: 'Jämställdhetssatsning 2018-2020',
    summary:
      'Over three years SKR, with the support of the Government (med stöd av regeringen), made a special effort to strengthen support for gender ' +
      'equality work in municipalities and regions. Its aim was to increase the impact of the national gender equality policy goals at local and ' +
      'regional level, with a special focus on gender-equal health (jämställd hälsa). SKR lists its four strands as "among others" (bland annat).',
    plannedStartOn: '2018-01-01',
    plannedEndOn: '2020-12-31',
    startOn: '2018-01-01',
    endOn: '2020-12-31',
    funders: [{ organisationCode: 'GOV_SE' }],
    implementers: [{ organisationCode: 'SALAR', role: ImplementerRole.LEAD }],
    countryCodes: ['SE'],
    themeCodes: [
      'GENDER_EQUALITY',
      'GENDER_MAINSTREAMING',
      'EQUAL_HEALTH',
      'PUBLIC_HEALTH',
      'HUMAN_RIGHTS',
      'CHILDRENS_RIGHTS',
    ],
    sourceKeys: ['skr-stod-till-jamstalldhetsarbete'],
  },
] as const satisfies readonly ProgrammeSeed[];

export type ProgrammeCode = (typeof programmes)[number]['code'];
