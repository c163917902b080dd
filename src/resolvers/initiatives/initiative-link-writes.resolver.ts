import { ID } from 'type-graphql';
import { Initiative } from '../../entities/initiative.entity';
import { initiativeMunicipalitiesLinks, initiativeThemesLinks } from '../../writes/initiative.links';
import { linkSetWriteResolver } from '../record-writes/link-set-write.resolver';

/** setInitiativeMunicipalities, setInitiativeThemes. */
export const InitiativeLinkWritesResolvers = [
  linkSetWriteResolver(
    initiativeMunicipalitiesLinks,
    Initiative,
    { names: ID },
    'the municipalities (by global id) that take part in an initiative, its lead aside',
  ),
  linkSetWriteResolver(
    initiativeThemesLinks,
    Initiative,
    { names: ID },
    'the themes (by global id) an initiative works on',
  ),
];
