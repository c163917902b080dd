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
];
