import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/rules/evaluate';
import { es } from '../../../templates/es/bundle';
import { deDrug } from '../../../templates/es/pathways/pathways';

describe('Spanish words around a drug', () => {
  it('contracts "de el" to "del", and leaves a name as it is', () => {
    expect(deDrug('el medicamento por el que preguntó')).toBe('del medicamento por el que preguntó');
    expect(deDrug('osimertinib')).toBe('de osimertinib');
  });

  it('never prints "de el" in the questions when no drug name was given', () => {
    const evaluation = evaluate(
      {
        schemaVersion: 2,
        diagnosis: { cancerType: 'breast', stage: 'metastatic' },
        drugOfInterest: { approval: 'approved-for-other-use' },
      },
      es,
    );
    const text = JSON.stringify(evaluation);
    expect(text).toContain(es.pathways.theDrug.replace(/^el /u, 'del '));
    expect(text).not.toMatch(/\bde el\b/u);
  });
});
