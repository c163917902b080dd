import { Organisation } from '../entities/organisation.entity';
import { organisationSpec } from '../writes/organisation.spec';
import { OrganisationInput } from './organisation.input';
import { recordWriteResolver } from './record-write.resolver';

/** createOrganisation, updateOrganisation, archiveOrganisation. */
export const OrganisationWritesResolver = recordWriteResolver(organisationSpec, Organisation, OrganisationInput);
