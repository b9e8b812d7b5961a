/**
 * Writes public/answers.schema.json from the zod answers schema (`npm run schema:write`).
 * tests/unit/domain/answers-json-schema.test.ts fails when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { answersSchema } from '../src/domain/answers.schema';

export const ANSWERS_JSON_SCHEMA_PATH = fileURLToPath(new URL('../public/answers.schema.json', import.meta.url));

/** The answers JSON Schema as the exact text of the committed file. */
export function answersJsonSchemaText(): string {
  const { $schema, ...rest } = z.toJSONSchema(answersSchema);
  const schema = {
    $schema,
    title: 'Treatment access navigator: answers file',
    description: 'Everything the wizard learns about a person. See docs/answers-contract.md.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(ANSWERS_JSON_SCHEMA_PATH, answersJsonSchemaText());
  process.stdout.write(`Wrote ${ANSWERS_JSON_SCHEMA_PATH}\n`);
}
