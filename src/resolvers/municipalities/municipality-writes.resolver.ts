import { municipalitySpec } from '../../writes/municipality.writes';
import { MunicipalityInput } from './municipality.input';
import { recordWriteResolver } from '../record-writes/record-write.resolver';

/** createMunicipality, updateMunicipality, archiveMunicipality. */
export const MunicipalityWritesResolver = recordWriteResolver(municipalitySpec, MunicipalityInput);
