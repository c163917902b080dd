import { organisationSpec } from '../../writes/organisation.writes';
import { OrganisationInput } from './organisation.input';
import { recordWriteResolver } from '../record-writes/record-write.resolver';

/** createOrganisation, updateOrganisation, archiveOrganisation. */
export const OrganisationWritesResolver = recordWriteResolver(organisationSpec, OrganisationInput);
