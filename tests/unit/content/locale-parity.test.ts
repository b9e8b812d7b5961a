import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareBundles, type ParityAllowance } from '../../../src/content/locale-parity';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';

/**
 * What may read the same in English and Spanish: official names of US programmes, laws, agencies,
 * organisations and websites (kept as they are, with a Spanish explanation beside them in the
 * text), language names written in their own language, and words spelled the same in both.
 * Every entry is a name or a word that is correct Spanish as it stands; nothing else may be copied.
 */
const allowance: ParityAllowance = {
  identical: new Set([
    // Language names, each in its own language.
    'English',
    'Español',
    // Programmes, laws, agencies and organisations: official names stay in English.
    'Medicare',
    'Medicare Advantage',
    'Medicaid',
    'Medigap',
    'TRICARE',
    'Right to Try',
    'Extra Help',
    'Project Facilitate',
    'ClinicalTrials.gov',
    'NeedyMeds',
    'CancerCare',
    'CancerCare Co-Payment Assistance Foundation',
    'PAN Foundation',
    'FDA',
    'NCI',
    'IRB',
    'HHS OIG',
    'Form FDA 3926',
    'Form FDA 5023',
    // Words spelled the same in Spanish.
    'No',
    'Error',
    'Error:',
    'Error: ',
    'Melanoma',
    'Total',
  ]),
  // State and territory names: many are the same in Spanish (Texas, Ohio).
  identicalPaths: [/^wizard\.states\./],
  // The words the cancer-type search matches are each language's own.
  freeKeys: new Set(['searchWords']),
  // Contacts linked to the source's Spanish page (issue 12, item 11; checked in tests/unit/rules/navigator-review.test.ts).
  languagePagePaths: [/^pathways\.clinical-trials\.contacts\.nciSearch\.(url|source|reviewed)$/],
};

const templatesDir = path.resolve(import.meta.dirname, '../../../templates');

// The fact registry (sources and phone numbers) is shared: Spanish templates import it from
// templates/en/sources.ts, so a fact can never differ between the languages. The letters' bodies
// (letters.ts) are English in every language: they go to US companies and insurers; what the person
// reads about them is in letter-words.ts, in both languages (tests/unit/letters/letter-words.test.ts).
const SHARED_FACT_FILES = new Set(['sources.ts', 'letters.ts']);

async function templateFiles(lang: string): Promise<string[]> {
  const entries = await readdir(path.join(templatesDir, lang), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(path.join(templatesDir, lang), path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !SHARED_FACT_FILES.has(file))
    .sort();
}

describe('Spanish and English say the same things (issue 6)', () => {
  it('templates/es mirrors templates/en file for file', async () => {
    expect(await templateFiles('es')).toEqual(await templateFiles('en'));
  });

  it('has the same keys, list lengths and interpolation arguments, the same facts, and every string translated', () => {
    const problems = compareBundles(en, es, allowance).map((p) => `${p.path} ${p.problem}`);
    expect(problems).toEqual([]);
  });

  it('names its language', () => {
    expect(en.lang).toBe('en');
    expect(es.lang).toBe('es');
  });
});
