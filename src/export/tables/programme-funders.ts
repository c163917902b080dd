import type { GraphQLFormattedError } from 'graphql';
import type { ExportTable } from '../export-table';
import { hubSource } from '../hub-source';
import { codeParameter } from '../query-parameters';

/** The report's funders table: each funder with the amount it gave, when the caller may read it. */
const FUNDERS = /* GraphQL */ `
  query ProgrammeFundersExport($code: String!) {
    programme(code: $code) {
      funders {
        funder {
          code
          nameEn
          nameLocal
        }
        amount {
          amount
          currency
        }
      }
    }
  }
`;

interface FundersData {
  programme: {
    funders: {
      funder: { code: string; nameEn: string; nameLocal: string | null };
      amount: { amount: number; currency: string } | null;
    }[];
  };
}

/** A funding's amount the caller may not read (its programme's budget is unpublished): answered null with FORBIDDEN. */
function hiddenAmount(error: GraphQLFormattedError): boolean {
  return (
    error.extensions?.code === 'FORBIDDEN' &&
    error.path?.[0] === 'programme' &&
    error.path[1] === 'funders' &&
    error.path.at(-1) === 'amount'
  );
}

/** Says so in the file where an amount is left out because it is not published. */
export const NOT_PUBLISHED = 'Not published';

/** `/programmes/{code}`'s funders table: `code` as in the page's path; an unpublished amount stays out, as on the page. */
export const programmeFunders: ExportTable<{ code: string }> = {
  name: 'programme-funders',
  title: 'Funders',
  columns: [
    { header: 'Funder code', type: 'text' },
    { header: 'Funder', type: 'text' },
    { header: 'Funder (local name)', type: 'text' },
    { header: 'Amount', type: 'number' },
    { header: 'Currency', type: 'text' },
    { header: 'Amount note', type: 'text' },
  ],
  ignorable: hiddenAmount,
  variables(query) {
    return { code: codeParameter(query, 'code') };
  },
  async *pages(run, variables) {
    const hidden = new Set<number>();
    const { programme } = await run<FundersData>(FUNDERS, variables, (error) => {
      if (typeof error.path?.[2] === 'number') hidden.add(error.path[2]);
    });
    yield {
      rows: programme.funders.map((funding, index) => [
        funding.funder.code,
        funding.funder.nameEn,
        funding.funder.nameLocal,
        funding.amount?.amount ?? null,
        funding.amount?.currency ?? null,
        hidden.has(index) ? NOT_PUBLISHED : null,
      ]),
      sources: [hubSource(`The funders of programme ${variables.code} and their amounts as the hub records them.`)],
    };
  },
};
