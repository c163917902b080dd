import { postOperation } from '../../api/post-operation';
import { MunicipalityForScopeDocument } from '../../graphql/graphql';

/** A municipality as the forms of /admin write it: `NO:0501`. */
export const municipalityName = (municipality: { code: string | null; country: { code: string } }) =>
  `${municipality.country.code}:${municipality.code ?? ''}`;

/** The global id of the municipality written `NO:0501`, or null when the name is malformed or names none. */
export async function municipalityId(name: string): Promise<string | null> {
  const match = /^([A-Za-z]{2}):(\w{1,20})$/.exec(name.trim());
  const answer = match
    ? await postOperation(MunicipalityForScopeDocument, { country: match[1].toUpperCase(), code: match[2] })
    : null;
  return answer?.data?.municipality.id ?? null;
}

/**
 * Municipalities written `NO:0501` (separated by spaces or commas) as global ids; `unknown` names
 * the first that names none.
 */
export async function municipalityIds(written: string): Promise<{ ids: string[] } | { unknown: string }> {
  const ids: string[] = [];
  for (const name of written.split(/[\s,]+/).filter(Boolean)) {
    const id = await municipalityId(name);
    if (id === null) return { unknown: name };
    ids.push(id);
  }
  return { ids };
}
