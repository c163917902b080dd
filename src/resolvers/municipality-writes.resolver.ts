import { Municipality } from '../entities/municipality.entity';
import { municipalitySpec } from '../writes/municipality.spec';
import { MunicipalityInput } from './municipality.input';
import { recordWriteResolver } from './record-write.resolver';

/** createMunicipality, updateMunicipality, archiveMunicipality. */
export const MunicipalityWritesResolver = recordWriteResolver(municipalitySpec, Municipality, MunicipalityInput);
