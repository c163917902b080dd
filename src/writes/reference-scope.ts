import { actsFor, takesPartIn } from '../auth/programme-access';
import { fetchRows, sql } from '../loaders/plain-rows';
import type { Context } from '../loaders/request-context';

/**
 * The records of one type that a caller other than ADMIN may point a reference at, or away from:
 * naming a record can give rights to the owners of the row that names it (a working group's
 * organisation reads its members' names, an initiative's lead municipality has its values reviewed
 * by the programme's organisations, a parent programme rolls up its children), so a write moves a
 * reference only between records the caller already holds those rights over. Answers why the
 * record with key `key` (as its column stores it) lies outside the caller's scope, after "it", or
 * null when it lies inside.
 */
type ReferenceScope = (context: Context, key: number | string) => Promise<string | null>;

const OWN_PROGRAMMES = 'lies outside the programmes its organisations fund or implement';

const inOwnProgramme = async ({ viewer, loaders }: Context, programmeId: number | null | undefined) =>
  programmeId != null && (await takesPartIn(viewer, loaders, programmeId)) ? null : OWN_PROGRAMMES;

/** Shared reference data: naming one grants nothing, so every record the caller reads lies in its scope. */
const readable: ReferenceScope = async () => null;

/** Municipalities that take part in the caller's programmes or their initiatives, whose values its organisations review: one statement. */
const participatingMunicipality: ReferenceScope = async ({ reader }, key) => {
  const query = sql(reader.em).select('m.id').from({ m: 'municipality' }).where('m.id', Number(key));
  reader.rules.whereParticipatingMunicipality(query, 'm.id');
  return (await fetchRows(reader.em, query)).length > 0
    ? null
    : 'takes part in none of the programmes its organisations fund or implement';
};

/** The scope of every type a write's input may name (`RecordReference.typeName`). */
export const REFERENCE_SCOPES = {
  Programme: (context, key) => inOwnProgramme(context, Number(key)),
  ProgrammeComponent: async (context, key) =>
    inOwnProgramme(context, (await context.loaders.programmeComponentById.load(Number(key)))?.programmeId),
  WorkingGroup: async (context, key) =>
    inOwnProgramme(context, (await context.loaders.workingGroupById.load(Number(key)))?.programmeId),
  Organisation: async ({ viewer }, key) =>
    actsFor(viewer, Number(key)) ? null : 'is not an organisation this token acts for',
  Municipality: participatingMunicipality,
  Source: readable,
  Theme: readable,
  Framework: readable,
  FrameworkElement: readable,
  Country: readable,
} satisfies Record<string, ReferenceScope>;

/** A type that a write's input may name. */
export type ReferencedType = keyof typeof REFERENCE_SCOPES;
