import { ID } from 'type-graphql';
import { Programme } from '../../entities/programme.entity';
import {
  programmeCountriesLinks,
  programmeFundersLinks,
  programmeImplementersLinks,
  programmeParticipantsLinks,
  programmeSourcesLinks,
  programmeThemesLinks,
} from '../../writes/programme.links';
import { linkSetWriteResolver } from '../record-writes/link-set-write.resolver';
import { ProgrammeFunderInput } from './programme-funder.input';
import { ProgrammeImplementerInput } from './programme-implementer.input';
import { ProgrammeParticipantInput } from './programme-participant.input';

/** setProgrammeFunders, setProgrammeImplementers, setProgrammeCountries, setProgrammeThemes, setProgrammeSources, setProgrammeParticipants. */
export const ProgrammeLinkWritesResolvers = [
  linkSetWriteResolver(
    programmeFundersLinks,
    Programme,
    { input: ProgrammeFunderInput },
    'the organisations that fund a programme, with their amounts',
  ),
  linkSetWriteResolver(
    programmeImplementersLinks,
    Programme,
    { input: ProgrammeImplementerInput },
    'the organisations that implement a programme, with their roles',
  ),
  linkSetWriteResolver(
    programmeCountriesLinks,
    Programme,
    { names: String },
    'the countries (by code) a programme works in',
  ),
  linkSetWriteResolver(
    programmeThemesLinks,
    Programme,
    { names: ID },
    'the themes (by global id) a programme works on',
  ),
  linkSetWriteResolver(
    programmeSourcesLinks,
    Programme,
    { names: ID },
    'the sources (by global id) that describe a programme',
  ),
  linkSetWriteResolver(
    programmeParticipantsLinks,
    Programme,
    { input: ProgrammeParticipantInput },
    'the municipalities that take part in a programme, with their grants',
  ),
];
