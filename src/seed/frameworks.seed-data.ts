import { SourceKind } from '../entities/source.entity';
import type { IndicatorCode } from './indicators.seed-data';
import type { SourceKey, SourceSeed } from './sources.seed-data';

/** Sources of the frameworks that the seed documents do not already cite. */
export const frameworkSources = [
  {
    // The goals are stated on the Government Offices' gender-equality policy pages; no single page title is recorded.
    key: 'government-offices-se-gender-equality-goals',
    title: "Sweden's gender equality policy: the overall objective and six sub-goals",
    kind: SourceKind.WEB_PAGE,
    publisher: 'Government Offices of Sweden (Regeringskansliet)',
    language: 'en',
  },
  {
    key: 'un-a-res-70-1',
    title: 'Transforming our world: the 2030 Agenda for Sustainable Development (A/RES/70/1)',
    kind: SourceKind.REPORT,
    publisher: 'United Nations General Assembly',
    url: 'https://undocs.org/A/RES/70/1',
    publishedYear: 2015,
    language: 'en',
  },
] as const satisfies readonly SourceSeed[];

type FrameworkSourceKey = SourceKey | (typeof frameworkSources)[number]['key'];

/** One article, goal or target; `position` is its place in the framework's own order. */
export interface FrameworkElementSeed {
  code: string;
  position: number;
  nameEn: string;
  description?: string;
}

/** A framework with its elements, keyed by `code`; its elements by (framework, code). */
export interface FrameworkSeed {
  code: string;
  nameEn: string;
  description: string;
  sourceKey: FrameworkSourceKey;
  elements: readonly FrameworkElementSeed[];
}

/** An indicator mapped to an element, with the reason the mapping holds. */
export interface IndicatorMappingSeed {
  indicatorCode: IndicatorCode;
  frameworkCode: string;
  elementCode: string;
  rationale: string;
}

/**
 * The Charter's articles are recorded by number only: their titles are not stated in the hub's
 * sources, and a wrong title would be worse than none.
 */
const charterArticles: FrameworkElementSeed[] = Array.from({ length: 30 }, (_, index) => ({
  code: `ARTICLE_${index + 1}`,
  position: index + 1,
  nameEn: `Article ${index + 1}`,
}));

export const frameworks = [
  {
    code: 'EUROPEAN_CHARTER_EQUALITY',
    nameEn: 'European Charter for Equality of Women and Men in Local Life',
    description:
      "CEMR's charter of 30 articles for local and regional governments; a signatory commits to adopt an Equality Action Plan within two years of signing.",
    sourceKey: 'charter-equality-cemr',
    elements: charterArticles,
  },
  {
    code: 'SE_GENDER_EQUALITY_GOALS',
    nameEn: "Sweden's national gender equality goals",
    description:
      "The six sub-goals of Sweden's gender equality policy, under its overall objective that women and men are to have the same power to shape society and their own lives. SKR's key figures for steering toward gender equality are tied to them.",
    sourceKey: 'government-offices-se-gender-equality-goals',
    elements: [
      { code: 'GOAL_1', position: 1, nameEn: 'Equal division of power and influence' },
      { code: 'GOAL_2', position: 2, nameEn: 'Economic equality' },
      { code: 'GOAL_3', position: 3, nameEn: 'Equal education' },
      { code: 'GOAL_4', position: 4, nameEn: 'Equal distribution of unpaid housework and provision of care' },
      { code: 'GOAL_5', position: 5, nameEn: 'Equal health' },
      { code: 'GOAL_6', position: 6, nameEn: "Men's violence against women must stop" },
    ],
  },
  {
    code: 'SDG_5',
    nameEn: 'Sustainable Development Goal 5: Achieve gender equality and empower all women and girls',
    description:
      "The nine targets of SDG 5 (2030 Agenda). Names are the short titles the United Nations gives the targets; descriptions hold the targets' full wording from resolution A/RES/70/1.",
    sourceKey: 'un-a-res-70-1',
    elements: [
      {
        code: '5.1',
        position: 1,
        nameEn: 'End discrimination against women and girls',
        description: 'End all forms of discrimination against all women and girls everywhere',
      },
      {
        code: '5.2',
        position: 2,
        nameEn: 'End all violence against and exploitation of women and girls',
        description:
          'Eliminate all forms of violence against all women and girls in the public and private spheres, including trafficking and sexual and other types of exploitation',
      },
      {
        code: '5.3',
        position: 3,
        nameEn: 'Eliminate forced marriages and genital mutilation',
        description:
          'Eliminate all harmful practices, such as child, early and forced marriage and female genital mutilation',
      },
      {
        code: '5.4',
        position: 4,
        nameEn: 'Value unpaid care and promote shared domestic responsibilities',
        description:
          'Recognize and value unpaid care and domestic work through the provision of public services, infrastructure and social protection policies and the promotion of shared responsibility within the household and the family as nationally appropriate',
      },
      {
        code: '5.5',
        position: 5,
        nameEn: 'Ensure full participation in leadership and decision-making',
        description:
          "Ensure women's full and effective participation and equal opportunities for leadership at all levels of decision-making in political, economic and public life",
      },
      {
        code: '5.6',
        position: 6,
        nameEn: 'Universal access to reproductive health and rights',
        description:
          'Ensure universal access to sexual and reproductive health and reproductive rights as agreed in accordance with the Programme of Action of the International Conference on Population and Development and the Beijing Platform for Action and the outcome documents of their review conferences',
      },
      {
        code: '5.a',
        position: 7,
        nameEn: 'Equal rights to economic resources, property ownership and financial services',
        description:
          'Undertake reforms to give women equal rights to economic resources, as well as access to ownership and control over land and other forms of property, financial services, inheritance and natural resources, in accordance with national laws',
      },
      {
        code: '5.b',
        position: 8,
        nameEn: 'Promote empowerment of women through technology',
        description:
          'Enhance the use of enabling technology, in particular information and communications technology, to promote the empowerment of women',
      },
      {
        code: '5.c',
        position: 9,
        nameEn: 'Adopt and strengthen policies and enforceable legislation for gender equality',
        description:
          'Adopt and strengthen sound policies and enforceable legislation for the promotion of gender equality and the empowerment of all women and girls at all levels',
      },
    ],
  },
] as const satisfies readonly FrameworkSeed[];

/**
 * Only mappings the indicator's own definition carries. None goes to a Charter article (the seed has
 * the articles by number, not content) nor to a Swedish goal: SKR's 2018-2020 focus on equal health
 * is a programme theme, and no seeded indicator measures health, power, education, care or violence.
 */
export const indicatorMappings = [
  {
    indicatorCode: 'CHARTER_SIGNATORIES',
    frameworkCode: 'SDG_5',
    elementCode: '5.c',
    rationale:
      "Signing the Charter is a local or regional government's public commitment to gender equality policy; target 5.c asks for sound policies for gender equality at all levels.",
  },
  {
    indicatorCode: 'HAJ_GENDER_MANAGEMENT_SYSTEMS_SHARE',
    frameworkCode: 'SDG_5',
    elementCode: '5.c',
    rationale:
      'Integrating gender equality into local control and management systems is the policy instrument target 5.c names, applied at local level (its indicator 5.c.1 tracks systems for gender equality).',
  },
] as const satisfies readonly IndicatorMappingSeed[];
