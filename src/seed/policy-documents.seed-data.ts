import { PolicyDocumentKind, PolicyDocumentStatus } from '../entities/policy-document.entity';
import type { CountryCode } from './countries.seed-data';
import type { OrganisationCode } from './organisations.seed-data';
import type { SourceKey } from './sources.seed-data';

/** A law, strategy, declaration, policy, plan, statute change or agreement, keyed by `code`. */
export interface PolicyDocumentSeed {
  code: string;
  titleEn: string;
  kind: PolicyDocumentKind;
  status: PolicyDocumentStatus;
  summary: string;
  organisationCode?: OrganisationCode;
  countryCode?: CountryCode;
  adoptedBy?: string;
  adoptedYear?: number;
  sourceKey: SourceKey;
}

const { ADOPTED } = PolicyDocumentStatus;
const SCTM_BODIES = 'SCTM Presidency and Assembly';

export const policyDocuments = [
  // Serbia's national framework.
  {
    code: 'RS_LAW_EQUALITY_BETWEEN_SEXES',
    titleEn: 'Law on equality between sexes (Gender Equality Law)',
    kind: PolicyDocumentKind.LAW,
    status: ADOPTED,
    summary:
      "Adopted by Serbia in 2009; one of the country's two national directives on gender equality. It assigns a large share of responsibility to " +
      'local authorities, which must work actively to promote gender equality; they were unprepared for these duties, so SCTM saw that intensive ' +
      'support would be needed, and the Sweden-Serbia programme followed.',
    countryCode: 'RS',
    adoptedYear: 2009,
    sourceKey: 'sctm-gender-equality-at-local-level',
  },
  {
    code: 'RS_NATIONAL_STRATEGY_WOMEN_GENDER_EQUALITY',
    titleEn: 'National Strategy for the Empowerment of Women and Promotion of Gender Equality',
    kind: PolicyDocumentKind.NATIONAL_STRATEGY,
    status: ADOPTED,
    summary:
      "One of Serbia's two national directives on gender equality, with the Gender Equality Law. Document 001 calls it the National Strategy " +
      'for advancement of women and gender equality.',
    countryCode: 'RS',
    sourceKey: 'salar-sctm-gender-collaboration',
  },
  {
    code: 'RS_ACTION_PLAN_WOMEN_GENDER_EQUALITY',
    titleEn: 'Action Plan for advancement of women and gender equality',
    kind: PolicyDocumentKind.ACTION_PLAN,
    status: ADOPTED,
    summary:
      "Serbia's national Action Plan, named with the law and the National Strategy among the national policies that inspired the Sweden-Serbia " +
      'programme\'s component "Gender Equality at Local Level".',
    countryCode: 'RS',
    sourceKey: 'sctm-gender-equality-at-local-level',
  },

  // SCTM's own decisions.
  {
    code: 'SCTM_DECLARATION_GENDER_EQUALITY_LOCAL_LEVEL',
    titleEn: 'Declaration on respecting principle of gender equality at local level',
    kind: PolicyDocumentKind.DECLARATION,
    status: ADOPTED,
    summary: 'Adopted by the Presidency and the Assembly of SCTM to promote gender equality.',
    organisationCode: 'SCTM',
    countryCode: 'RS',
    adoptedBy: SCTM_BODIES,
    sourceKey: 'sctm-gender-equality-at-local-level',
  },
  {
    // Document 000 (2013) tells of a new gender policy the Gender Working Group was preparing for the SCTM
    // General Assembly of December 2013; document 001 reports SCTM's policy document on gender equality as
    // adopted by the Presidency and the Assembly. Same organisation, subject and deciding body: one document,
    // adopted. Neither source dates the adoption, so no year is recorded.
    code: 'SCTM_GENDER_EQUALITY_POLICY',
    titleEn: 'SCTM Policy document in the area of gender equality',
    kind: PolicyDocumentKind.POLICY,
    status: ADOPTED,
    summary:
      "SCTM's gender policy, prepared by the SCTM Gender Working Group from input by municipalities and NGOs, citizen dialogue and expert support " +
      'from national, SCTM and SALAR gender experts, and put to the SCTM General Assembly in December 2013 (document 000); reported as adopted by ' +
      'the Presidency and the Assembly (document 001). It guides the future efforts of SCTM and SALAR in their cooperation to promote gender ' +
      'equality at local level.',
    organisationCode: 'SCTM',
    countryCode: 'RS',
    adoptedBy: SCTM_BODIES,
    sourceKey: 'sctm-gender-equality-at-local-level',
  },
  {
    code: 'SCTM_STRATEGIC_PLAN',
    titleEn: 'SCTM Strategic plan',
    kind: PolicyDocumentKind.STRATEGIC_PLAN,
    status: ADOPTED,
    summary: "Underlines gender equality as one of the main principles of the association's work.",
    organisationCode: 'SCTM',
    countryCode: 'RS',
    adoptedBy: SCTM_BODIES,
    sourceKey: 'sctm-gender-equality-at-local-level',
  },
  {
    code: 'SCTM_STATUTE_WOMAN_MAYOR_SEAT',
    titleEn: 'Change of the SCTM Statute securing a Presidency seat for at least one woman mayor',
    kind: PolicyDocumentKind.STATUTE_CHANGE,
    status: ADOPTED,
    summary:
      'The Statute of SCTM was changed to secure a seat in the Presidency for at least one woman mayor, as proposed by one member municipality.',
    organisationCode: 'SCTM',
    countryCode: 'RS',
    adoptedBy: SCTM_BODIES,
    sourceKey: 'sctm-gender-equality-at-local-level',
  },

  // Sweden.
  {
    code: 'SE_AGREEMENT_GENDER_EQUALITY_KVINNOFRID',
    titleEn:
      "Agreement on strengthened support for gender equality and for ending men's violence against women (kvinnofrid)",
    kind: PolicyDocumentKind.AGREEMENT,
    status: ADOPTED,
    summary:
      "«Överenskommelse om stärkt stöd till jämställdhet och kvinnofrid», published as a PDF on SKR's gender equality pages beside its " +
      'Jämställdhetssatsning 2018-2020. The page names neither its parties nor its date.',
    organisationCode: 'SALAR',
    countryCode: 'SE',
    sourceKey: 'skr-stod-till-jamstalldhetsarbete',
  },
  {
    code: 'SE_GENDER_EQUALITY_POLICY_GOALS',
    titleEn: "Sweden's gender equality policy goals",
    kind: PolicyDocumentKind.POLICY,
    status: ADOPTED,
    summary:
      "«De jämställdhetspolitiska målen»: the national gender equality policy goals whose impact at local and regional level SKR's " +
      "Jämställdhetssatsning 2018-2020 set out to increase. SKR's key figures for steering toward gender equality (in Kolada) are tied to the " +
      'six national gender-equality goals.',
    countryCode: 'SE',
    sourceKey: 'skr-stod-till-jamstalldhetsarbete',
  },
  {
    code: 'SKR_CONGRESS_MANDATE_GENDER_EQUALITY',
    titleEn: 'SKR congress mandate on gender equality',
    kind: PolicyDocumentKind.STRATEGIC_PLAN,
    status: ADOPTED,
    summary:
      "«Kongressuppdrag om jämställdhet»: one of SKR's mandates is to promote gender mainstreaming of management and governance in municipalities " +
      'and regions. A specific strategic goal reads «Jämställdhetsperspektivet är en självklar integrerad del i den lokala och regionala ' +
      'styrningen» (the gender equality perspective is a self-evident, integrated part of local and regional governance).',
    organisationCode: 'SALAR',
    countryCode: 'SE',
    adoptedBy: 'SKR congress',
    sourceKey: 'skr-stod-till-jamstalldhetsarbete',
  },

  // Europe.
  {
    code: 'CEMR_CHARTER_EQUALITY',
    titleEn: 'European Charter for Equality of Women and Men in Local Life',
    kind: PolicyDocumentKind.DECLARATION,
    status: ADOPTED,
    summary:
      "CEMR's charter of 30 articles; a signatory commits to adopt an Equality Action Plan within two years of signing. Its Observatory was " +
      'decided in 2011 and launched in March 2012, funded by Sweden through SALAR until March 2015; about 2 038 signatories in 36 countries. ' +
      'SKR backs it (as «CEMR-deklarationen») and recommends that municipalities and regions sign it; SCTM has promoted it in Serbia since 2009, ' +
      'where document 000 counts 11 signatory municipalities.',
    organisationCode: 'CEMR',
    sourceKey: 'charter-equality-cemr',
  },
] as const satisfies readonly PolicyDocumentSeed[];
