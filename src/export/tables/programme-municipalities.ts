import type { ExportTable } from '../export-table';
import { hubSource } from '../hub-source';
import { codeParameter } from '../query-parameters';

/** The report's participating municipalities, each with its grant. */
const PARTICIPANTS = /* GraphQL */ `
  query ProgrammeMunicipalitiesExport($code: String!) {
    programme(code: $code) {
      participants {
        municipality {
          code
          nameLocal
          nameEn
          country {
            code
          }
        }
        grant {
          amount
          currency
        }
      }
    }
  }
`;

interface ParticipantsData {
  programme: {
    participants: {
      municipality: { code: string | null; nameLocal: string; nameEn: string | null; country: { code: string } };
      grant: { amount: number; currency: string } | null;
    }[];
  };
}

/** `/programmes/{code}`'s participating municipalities: `code` as in the page's path. */
export const programmeMunicipalities: ExportTable<{ code: string }> = {
  name: 'programme-municipalities',
  title: 'Municipalities',
  columns: [
    { header: 'Country code', type: 'text' },
    { header: 'Municipality code', type: 'text' },
    { header: 'Municipality', type: 'text' },
    { header: 'Municipality (English name)', type: 'text' },
    { header: 'Grant', type: 'number' },
    { header: 'Currency', type: 'text' },
  ],
  variables(query) {
    return { code: codeParameter(query, 'code') };
  },
  async *pages(run, variables) {
    const { programme } = await run<ParticipantsData>(PARTICIPANTS, variables);
    yield {
      rows: programme.participants.map(({ municipality, grant }) => [
        municipality.country.code,
        municipality.code,
        municipality.nameLocal,
        municipality.nameEn,
        grant?.amount ?? null,
        grant?.currency ?? null,
      ]),
      sources: [
        hubSource(
          `The municipalities taking part in programme ${variables.code} and their grants as the hub records them.`,
        ),
      ],
    };
  },
};
