import { connectionPages, type ExportTable } from '../export-table';
import { hubSource } from '../hub-source';
import { municipalityParameters, type MunicipalityVariables } from '../query-parameters';

/** The profile's initiatives, 100 a page through their connection. */
const INITIATIVES = /* GraphQL */ `
  query MunicipalityInitiativesExport($country: CountryCode!, $code: String!, $after: String) {
    municipality(country: $country, code: $code) {
      initiatives(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          code
          nameEn
          programme {
            code
            nameEn
          }
        }
      }
    }
  }
`;

interface InitiativesData {
  municipality: {
    initiatives: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: { code: string; nameEn: string; programme: { code: string; nameEn: string } }[];
    };
  };
}

/** `/municipalities/{country}/{code}`'s initiatives, each with its programme. */
export const municipalityInitiatives: ExportTable<MunicipalityVariables> = {
  name: 'municipality-initiatives',
  title: 'Initiatives',
  columns: [
    { header: 'Initiative code', type: 'text' },
    { header: 'Initiative', type: 'text' },
    { header: 'Programme code', type: 'text' },
    { header: 'Programme', type: 'text' },
  ],
  variables: municipalityParameters,
  async *pages(run, variables) {
    for await (const nodes of connectionPages(
      run,
      INITIATIVES,
      variables,
      (data: InitiativesData) => data.municipality.initiatives,
    )) {
      yield {
        rows: nodes.map((initiative) => [
          initiative.code,
          initiative.nameEn,
          initiative.programme.code,
          initiative.programme.nameEn,
        ]),
        sources: [
          hubSource(
            `The initiatives municipality ${variables.country} ${variables.code} takes part in or leads as the hub records them.`,
          ),
        ],
      };
    }
  },
};
