import { integerIdOf } from '../schema/whole-number';
import type { Loaders } from './loaders';

type Lookup = (loaders: Loaders, key: string) => Promise<object | null>;

/** Integer keys only: anything else names no row. */
function byInteger(load: (loaders: Loaders, key: number) => Promise<object | null>): Lookup {
  return async (loaders, key) => {
    const id = integerIdOf(key);
    return id === null ? null : load(loaders, id);
  };
}

/** How `node(id:)` finds a row of each Node type, by the key inside its global id. */
export const nodeLookups: Record<string, Lookup> = {
  Activity: byInteger((l, key) => l.activityById.load(key)),
  CharterSignature: byInteger((l, key) => l.charterSignatureById.load(key)),
  Country: (l, key) => l.countryByCode.load(key),
  Framework: byInteger((l, key) => l.frameworkById.load(key)),
  FrameworkElement: byInteger((l, key) => l.frameworkElementById.load(key)),
  GoodPractice: byInteger((l, key) => l.goodPracticeById.load(key)),
  Indicator: byInteger((l, key) => l.indicatorById.load(key)),
  Initiative: byInteger((l, key) => l.initiativeById.load(key)),
  Municipality: byInteger((l, key) => l.municipalityById.load(key)),
  Network: byInteger((l, key) => l.networkById.load(key)),
  Observation: byInteger((l, key) => l.observationById.load(key)),
  Organisation: byInteger((l, key) => l.organisationById.load(key)),
  PolicyDocument: byInteger((l, key) => l.policyDocumentById.load(key)),
  Programme: byInteger((l, key) => l.programmeById.load(key)),
  ProgrammeComponent: byInteger((l, key) => l.programmeComponentById.load(key)),
  Source: byInteger((l, key) => l.sourceById.load(key)),
  Theme: byInteger((l, key) => l.themeById.load(key)),
  WorkingGroup: byInteger((l, key) => l.workingGroupById.load(key)),
  WorkingGroupMember: byInteger((l, key) => l.workingGroupMemberById.load(key)),
};
