import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isInputObjectType, isInterfaceType, isObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildHubSchema } from '../src/schema/build-schema';

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

  it('is what schema.graphql says', async () => {
    const printed = `${printSchema(lexicographicSortSchema(await buildHubSchema()))}\n`;
    expect(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8')).toBe(printed);
  });
});
