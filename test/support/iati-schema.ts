import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateXML, type XMLValidationError } from 'xmllint-wasm';

const VENDORED = join(__dirname, '..', '..', 'vendor', 'iati-2.03');

/** Validates an iati-activities document against the vendored IATI 2.03 activity schema; answers xmllint's errors (none when valid). */
export async function iatiSchemaErrors(xml: string): Promise<readonly XMLValidationError[]> {
  const [activities, common, xmlSchema] = await Promise.all(
    ['iati-activities-schema.xsd', 'iati-common.xsd', 'xml.xsd'].map((name) => readFile(join(VENDORED, name), 'utf8')),
  );
  const result = await validateXML({
    xml: [{ fileName: 'export.xml', contents: xml }],
    schema: [{ fileName: 'iati-activities-schema.xsd', contents: activities }],
    preload: [
      { fileName: 'iati-common.xsd', contents: common },
      { fileName: 'xml.xsd', contents: xmlSchema },
    ],
    maxMemoryPages: 16 * 1024,
  });
  return result.errors;
}

/** The codes of one of the vendored embedded codelists, e.g. `ActivityStatus`. */
export async function codelistCodes(name: string): Promise<string[]> {
  const text = await readFile(join(VENDORED, 'codelists', `${name}.xml`), 'utf8');
  return [...text.matchAll(/<code>([^<]+)<\/code>/g)].map((match) => match[1]);
}
