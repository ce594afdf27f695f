// Validates every GraphQL document the explorer sends against the server's schema, so that a
// renamed field fails the build instead of a user's click. Run by build.mjs.
import { buildSchema, parse, validate } from 'graphql';
import { readFile } from 'node:fs/promises';
import * as queries from './explorer/queries.js';

export async function checkQueries(schemaPath) {
  const schema = buildSchema(await readFile(schemaPath, 'utf8'));
  const relationTypes = schema.getType('RelationType').getValues().map((v) => v.name);
  const documents = Object.entries(queries).map(([name, value]) => [name, typeof value === 'function' ? value(relationTypes) : value]);
  const problems = [];
  for (const [name, text] of documents) {
    for (const error of validate(schema, parse(text))) problems.push(`${name}: ${error.message}`);
  }
  if (problems.length > 0) throw new Error(`explorer queries do not match ${schemaPath}:\n  ${problems.join('\n  ')}`);
  return documents.length;
}
