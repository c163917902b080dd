import { IndicatorResolver } from './indicator.resolver';
import { InitiativeResolver } from './initiative.resolver';
import { MunicipalityResolver } from './municipality.resolver';
import { ObservationResolver } from './observation.resolver';
import { OrganisationResolver } from './organisation.resolver';
import { NodeQueryResolver } from './node.resolver';
import { ProgrammeFunderResolver } from './programme-funder.resolver';
import { ProgrammeImplementerResolver } from './programme-implementer.resolver';
import { ProgrammeParticipantResolver } from './programme-participant.resolver';
import { ProgrammeResolver } from './programme.resolver';

/** Every resolver class of the API. */
export const resolvers = [
  NodeQueryResolver,
  ProgrammeResolver,
  ProgrammeFunderResolver,
  ProgrammeImplementerResolver,
  ProgrammeParticipantResolver,
  InitiativeResolver,
  MunicipalityResolver,
  ObservationResolver,
  IndicatorResolver,
  OrganisationResolver,
];
