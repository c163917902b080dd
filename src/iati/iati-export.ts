import type { RunOperation } from '../export/export-table';
import {
  IatiExportRefusal,
  initiativeActivity,
  initiativeIdentifier,
  programmeActivity,
  reportingOf,
  type ProgrammeReporting,
} from './iati-activity-xml';
import {
  INITIATIVES,
  PROGRAMME_BY_CODE,
  PROGRAMME_MONEY,
  PROGRAMME_VALUES,
  PROGRAMMES,
  type IatiInitiative,
  type IatiPage,
  type IatiProgramme,
  type IatiValue,
} from './iati-operations';
import { xmlAttributes } from './xml-text';

/** The IATI standard's version the export writes. */
export const IATI_VERSION = '2.03';

async function* programmesToExport(run: RunOperation, code: string | null): AsyncIterable<IatiProgramme> {
  if (code !== null) {
    const { programme } = await run<{ programme: IatiProgramme | null }>(PROGRAMME_BY_CODE, { code });
    if (!programme) throw new IatiExportRefusal(`No programme with the code ${code} that you may read.`, true);
    yield programme;
    return;
  }
  let after: string | null = null;
  let withMoney = true;
  for (;;) {
    let programmes: IatiPage<IatiProgramme>;
    try {
      ({ programmes } = await run<{ programmes: IatiPage<IatiProgramme> }>(PROGRAMMES, { after, withMoney }));
    } catch (error) {
      if (!withMoney || !costsTooMuch(error)) throw error;
      // Some programme's money lists are long enough that ten of them cost more than one request
      // may: this page and the next ones read each programme's money alone.
      withMoney = false;
      continue;
    }
    for (const programme of programmes.nodes) {
      if (withMoney) yield programme;
      else {
        const { programme: money } = await run<{ programme: Pick<IatiProgramme, 'budgets' | 'disbursements'> }>(
          PROGRAMME_MONEY,
          { code: programme.code },
        );
        yield { ...programme, ...money };
      }
    }
    if (!programmes.pageInfo.hasNextPage) return;
    after = programmes.pageInfo.endCursor;
  }
}

/** A refusal because the operation costs more than one request may (not a spent rate budget, 429). */
function costsTooMuch(error: unknown): boolean {
  const refusal = error as { status?: unknown; code?: unknown };
  return refusal.status === 400 && refusal.code === 'QUERY_TOO_COMPLEX';
}

/** Every value of the programme the caller may read: the first page it came with, then the rest. */
async function programmeValues(run: RunOperation, programme: IatiProgramme): Promise<IatiValue[]> {
  const values = [...programme.observations.nodes];
  let page = programme.observations.pageInfo;
  while (page.hasNextPage) {
    const { programme: next } = await run<{ programme: { observations: IatiPage<IatiValue> } }>(PROGRAMME_VALUES, {
      code: programme.code,
      after: page.endCursor,
    });
    values.push(...next.observations.nodes);
    page = next.observations.pageInfo;
  }
  return values;
}

/** The programme's initiatives' activities, 100 initiatives a page; `children` collects their identifiers. */
async function* initiativeActivities(
  run: RunOperation,
  programme: IatiProgramme,
  reporting: ProgrammeReporting,
  children: string[],
): AsyncIterable<string> {
  let after: string | null = null;
  do {
    const answer: { programme: { initiatives: IatiPage<IatiInitiative> } } = await run(INITIATIVES, {
      code: programme.code,
      after,
    });
    const { initiatives } = answer.programme;
    for (const initiative of initiatives.nodes) {
      children.push(initiativeIdentifier(reporting, initiative));
      yield initiativeActivity(initiative, programme, reporting);
    }
    after = initiatives.pageInfo.hasNextPage ? initiatives.pageInfo.endCursor : null;
  } while (after !== null);
}

/**
 * The iati-activities document of the programmes the caller may read (or of the one with `code`), in
 * pieces as they are read: for each programme its initiatives' activities (hierarchy 2), then its own
 * (hierarchy 1) naming them. Memory holds one programme, its values and one page of initiatives.
 * For one programme, a programme it cannot export as the standard asks is refused (IatiExportRefusal)
 * before anything is yielded; over all programmes, such a programme is left out with an XML comment
 * saying why, and the document is refused only when no programme is left.
 */
export async function* iatiActivitiesXml(
  run: RunOperation,
  code: string | null,
  generatedAt: Date,
): AsyncIterable<string> {
  let started = false;
  const leftOut: string[] = [];
  for await (const programme of programmesToExport(run, code)) {
    let reporting: ProgrammeReporting;
    try {
      reporting = reportingOf(programme);
    } catch (error) {
      if (code === null && error instanceof IatiExportRefusal) {
        leftOut.push(error.message);
        continue;
      }
      throw error;
    }
    const values = await programmeValues(run, programme);
    const children: string[] = [];
    for await (const activity of initiativeActivities(run, programme, reporting, children)) {
      if (!started) {
        started = true;
        yield documentStart(generatedAt);
      }
      yield activity;
    }
    const own = programmeActivity(programme, reporting, values, children);
    if (!started) {
      started = true;
      yield documentStart(generatedAt);
    }
    yield own;
  }
  if (!started)
    throw new IatiExportRefusal(
      leftOut.length
        ? `No programme you may read can be exported. ${leftOut.join(' ')}`
        : 'There is no programme you may read to export.',
    );
  // "--" may not appear inside an XML comment.
  for (const reason of leftOut) yield `\n<!-- Left out: ${reason.replace(/-{2,}/g, '-').replace(/[<>&]/g, ' ')} -->`;
  yield '\n</iati-activities>\n';
}

function documentStart(generatedAt: Date): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities${xmlAttributes({
    version: IATI_VERSION,
    'generated-datetime': generatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  })}>\n`;
}
