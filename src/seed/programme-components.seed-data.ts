import type { ProgrammeCode } from './programmes.seed-data';

/** A component of a programme, keyed by the programme's code and its position from 1. */
export interface ProgrammeComponentSeed {
  programmeCode: ProgrammeCode;
  position: number;
  nameEn: string;
  nameLocal?: string;
  summary?: string;
}

export const programmeComponents = [
  // The Sweden-Serbia programme's five components, in order.
  { programmeCode: 'SE_RS_EU_INTEGRATION', position: 1, nameEn: 'EU accession and local government' },
  { programmeCode: 'SE_RS_EU_INTEGRATION', position: 2, nameEn: 'Environmental protection' },
  {
    programmeCode: 'SE_RS_EU_INTEGRATION',
    position: 3,
    nameEn: 'Gender Equality at Local Level',
    summary:
      "Aims: strengthen the capacity of SCTM's technical services to create and implement measures promoting equality; enhance the capacities " +
      'of cities and municipalities in Serbia and of local bodies for gender equality; promote the concept of gender equality in public and raise ' +
      'awareness of it. Besides training courses, round tables and conferences: initiatives to promote the European Charter for Equality, capacity ' +
      'development of local gender equality mechanisms, and help in developing and implementing gender equality action plans. SCTM also built an ' +
      "interactive database collecting data from local level, an online benchmarking tool assessing municipalities' gender equality work, and an " +
      'e-platform for professional exchange and horizontal communication. The SCTM Gender Working Group was its main facilitator.',
  },
  { programmeCode: 'SE_RS_EU_INTEGRATION', position: 4, nameEn: 'Regulations for the business environment' },
  { programmeCode: 'SE_RS_EU_INTEGRATION', position: 5, nameEn: 'SCTM capacity building' },

  // SKR's gender equality initiative 2018-2020: the strands its page lists, in its order.
  {
    programmeCode: 'SKR_GE_2018_2020',
    position: 1,
    nameEn: 'Development of indicators for gender equality work in municipalities and regions',
    nameLocal: 'Utveckling av indikatorer för jämställdhetsarbete i kommuner och regioner',
  },
  {
    programmeCode: 'SKR_GE_2018_2020',
    position: 2,
    nameEn:
      'Gender mainstreaming of other SKL initiatives in health care, individual and family care, and education and the labour market',
    nameLocal:
      'Jämställdhetsintegrering av andra SKL-satsningar inom hälso- och sjukvård, individomsorg samt utbildning och arbetsmarknad',
  },
  {
    programmeCode: 'SKR_GE_2018_2020',
    position: 3,
    nameEn:
      'Support for gender mainstreaming of management and governance through the Model Municipalities and Model Regions initiative',
    nameLocal:
      'Stöd till jämställdhetsintegrering av ledning och styrning genom satsningen på Modellkommuner och Modellregioner',
  },
  {
    programmeCode: 'SKR_GE_2018_2020',
    position: 4,
    nameEn:
      'Coordination of support for work on horizontal issues such as gender equality, public health, human rights and the rights of the child',
    nameLocal:
      'Samordning av stödet till arbete med horisontella sakområden som jämställdhet, folkhälsa, mänskliga rättigheter och barnets rättigheter',
  },
] as const satisfies readonly ProgrammeComponentSeed[];
