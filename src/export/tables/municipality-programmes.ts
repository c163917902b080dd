import type { ExportTable } from '../export-table';
import { hubSource } from '../hub-source';
import { municipalityParameters, type MunicipalityVariables } from '../query-parameters';

/** The profile's programmes table: each programme the municipality takes part in, with its grant. */
const PROGRAMMES = /* GraphQL */ `
  query MunicipalityProgrammesExport($country: CountryCode!, $code: String!) {
    municipality(country: $country, code: $code) {
      programmeParticipations {
        programme {
          code
          nameEn
          nameLocal
        }
        grant {
          amount
          currency
        }
      }
    }
  }
`;

interface ProgrammesData {
  municipality: {
    programmeParticipations: {
      programme: { code: string; nameEn: string; nameLocal: string | null };
      grant: { amount: number; currency: string } | null;
    }[];
  };
}

/** `/municipalities/{country}/{code}`'s programmes table. */
export const municipalityProgrammes: ExportTable<MunicipalityVariables> = {
  name: 'municipality-programmes',
  title: 'Programmes',
  columns: [
    { header: 'Programme code', type: 'text' },
    { header: 'Programme', type: 'text' },
    { header: 'Programme (local name)', type: 'text' },
    { header: 'Grant', type: 'number' },
    { header: 'Currency', type: 'text' },
  ],
  variables: municipalityParameters,
  async *pages(run, variables) {
    const { municipality } = await run<ProgrammesData>(PROGRAMMES, variables);
    yield {
      rows: municipality.programmeParticipations.map(({ programme, grant }) => [
        programme.code,
        programme.nameEn,
        programme.nameLocal,
        grant?.amount ?? null,
        grant?.currency ?? null,
      ]),
      sources: [
        hubSource(
          `The programmes municipality ${variables.country} ${variables.code} takes part in and its grants as the hub records them.`,
        ),
      ],
    };
  },
};
