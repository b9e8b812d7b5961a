/** Writes docs/decision-table.md from the rule table (`npm run docs:rules`). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { en } from '../templates/en/bundle';
import { renderDecisionTable } from './decision-table';

export const DECISION_TABLE_PATH = fileURLToPath(new URL('../docs/decision-table.md', import.meta.url));

writeFileSync(DECISION_TABLE_PATH, renderDecisionTable(en));
process.stdout.write(`Wrote ${DECISION_TABLE_PATH}\n`);
