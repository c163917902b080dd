import type { ExportTable } from '../export-table';
import { hubSource } from '../hub-source';
import { codeParameter } from '../query-parameters';

/** The report's implementers table: each organisation running the programme, with its role. */
const IMPLEMENTERS = /* GraphQL */ `
  query ProgrammeImplementersExport($code: String!) {
    programme(code: $code) {
      implementers {
        role
        organisation {
          code
          nameEn
          nameLocal
        }
      }
    }
  }
`;

interface ImplementersData {
  programme: {
    implementers: { role: string; organisation: { code: string; nameEn: string; nameLocal: string | null } }[];
  };
}

/** `/programmes/{code}`'s implementers table: `code` as in the page's path. */
export const programmeImplementers: ExportTable<{ code: string }> = {
  name: 'programme-implementers',
  title: 'Implementers',
  columns: [
    { header: 'Organisation code', type: 'text' },
    { header: 'Organisation', type: 'text' },
    { header: 'Organisation (local name)', type: 'text' },
    { header: 'Role', type: 'text' },
  ],
  variables(query) {
    return { code: codeParameter(query, 'code') };
  },
  async *pages(run, variables) {
    const { programme } = await run<ImplementersData>(IMPLEMENTERS, variables);
    yield {
      rows: programme.implementers.map(({ role, organisation }) => [
        organisation.code,
        organisation.nameEn,
        organisation.nameLocal,
        role,
      ]),
      sources: [hubSource(`The organisations running programme ${variables.code} as the hub records them.`)],
    };
  },
};
