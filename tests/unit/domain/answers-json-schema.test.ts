import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANSWERS_JSON_SCHEMA_PATH, answersJsonSchemaText } from '../../../scripts/write-json-schema';

describe('public/answers.schema.json', () => {
  it('matches the zod answers schema (run `npm run schema:write` after changing it)', () => {
    expect(readFileSync(ANSWERS_JSON_SCHEMA_PATH, 'utf8')).toBe(answersJsonSchemaText());
  });

  it('refuses unknown fields and keeps the contract limits', () => {
    const schema = JSON.parse(answersJsonSchemaText()) as {
      additionalProperties: boolean;
      required: string[];
      properties: Record<string, { properties?: Record<string, { pattern?: string; maxItems?: number; maximum?: number }> }>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['schemaVersion']);
    expect(schema.properties.trials?.properties?.zip?.pattern).toBe('^\\d{5}$');
    expect(schema.properties.treatments?.properties?.tried?.maxItems).toBe(30);
    expect(schema.properties.insurance?.properties?.householdSize?.maximum).toBe(20);
  });
});
