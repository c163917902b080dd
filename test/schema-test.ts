import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isInputObjectType, isInterfaceType, isObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildHubSchema } from '../src/schema/build-schema';
import type { RecordAction } from '../src/writes/record-spec';
import { writeSpecs } from './support/write-specs';

describe('the schema', () => {
  it('describes every type, field, argument and input field: the descriptions are the API documentation', async () => {
    const schema = await buildHubSchema();
    const undescribed: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) undescribed.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undescribed.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) undescribed.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
    }
    expect(undescribed).toEqual([]);
  });

  it("says EDITOR tokens may write a record only in the mutations whose action the record's spec lets them", async () => {
    const mutations = (await buildHubSchema()).getMutationType()!.getFields();
    const verbs: Record<RecordAction, string> = { CREATE: 'create', UPDATE: 'update', ARCHIVE: 'archive' };
    const wrong: string[] = [];
    for (const spec of await writeSpecs()) {
      for (const [action, verb] of Object.entries(verbs) as [RecordAction, string][]) {
        const name = `${verb}${spec.typeName}`;
        const mayEdit = spec.editors?.actions.includes(action) ?? false;
        if (mutations[name].description!.includes('EDITOR') !== mayEdit)
          wrong.push(`${name} ${mayEdit ? 'omits' : 'mentions'} EDITOR tokens`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('is what schema.graphql says', async () => {
    const printed = `${printSchema(lexicographicSortSchema(await buildHubSchema()))}\n`;
    expect(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8')).toBe(printed);
  });
});
