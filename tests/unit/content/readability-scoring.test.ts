import { describe, expect, it } from 'vitest';
import {
  budgetProblems,
  countSyllablesEn,
  countSyllablesEs,
  fernandezHuerta,
  fleschKincaidGrade,
  scoreBundle,
  splitSentences,
  stripNonProse,
  textStats,
  wordsOf,
} from '../../../src/content/readability';

describe('Spanish syllables', () => {
  it.each([
    ['cáncer', 2],
    ['médico', 3],
    ['camión', 2],
    ['país', 2],
    ['día', 2],
    ['aéreo', 4],
    ['poeta', 3],
    ['leer', 2],
    ['oír', 2],
    ['reír', 2],
    ['ciudad', 2],
    ['cuidado', 3],
    ['huevo', 2],
    ['agua', 2],
    ['continúa', 4],
    ['continua', 3],
    ['queso', 2],
    ['guerra', 2],
    ['quiero', 2],
    ['guion', 1],
    ['pingüino', 3],
    ['lingüística', 4],
    ['averigüéis', 4],
    ['Uruguay', 3],
    ['buey', 1],
    ['hoy', 1],
    ['muy', 1],
    ['y', 1],
    ['ayuda', 3],
    ['mayo', 2],
    ['chiita', 3],
    ['ahí', 2],
    ['búho', 2],
    ['ahora', 3],
    ['tratamiento', 4],
    ['enfermedad', 4],
    ['información', 4],
    ['oncólogo', 4],
    ['Fernández', 3],
    ['seguro', 3],
    ['CÁNCER', 2],
  ])('%s has %i', (word, expected) => {
    expect(countSyllablesEs(word)).toBe(expected);
  });
});

describe('English syllables', () => {
  it.each([
    ['cat', 1],
    ['doctor', 2],
    ['insurance', 3],
    ['medicine', 3],
    ['Australian', 4],
  ])('%s has %i', (word, expected) => {
    expect(countSyllablesEn(word)).toBe(expected);
  });

  it('counts numbers by digits, at most four', () => {
    expect(countSyllablesEn('7')).toBe(1);
    expect(countSyllablesEn('30')).toBe(2);
    expect(countSyllablesEn('2,100')).toBe(4);
    expect(countSyllablesEs('1234567')).toBe(4);
  });
});

describe('sentences and words', () => {
  it('splits on end punctuation and line breaks, not on a.m. or p.m.', () => {
    expect(splitSentences('Call from 8:00 a.m. to 4:30 p.m. Eastern. Then wait!\nAsk again?')).toEqual([
      'Call from 8:00 a.m. to 4:30 p.m. Eastern.',
      'Then wait!',
      'Ask again?',
    ]);
  });

  it('does not end a Spanish sentence at EE. UU.', () => {
    expect(splitSentences('Vive en EE. UU. desde niña. Ahora trabaja.')).toEqual(['Vive en EE. UU. desde niña.', 'Ahora trabaja.']);
  });

  it('treats a label without punctuation as one sentence', () => {
    expect(splitSentences('Continue')).toEqual(['Continue']);
  });

  it('takes links, emails and phone numbers out before counting words', () => {
    const text = stripNonProse('Search https://clinicaltrials.gov or ClinicalTrials.gov, call 1-800-422-6237 or write to druginfo@fda.hhs.gov today.');
    expect(wordsOf(text)).toEqual(['Search', 'or', 'call', 'or', 'write', 'to', 'today']);
  });

  it('keeps the full stop after a link, so the sentence still ends there', () => {
    expect(splitSentences(stripNonProse('Look at https://www.cancer.gov/contact. Then call.'))).toHaveLength(2);
  });

  it('keeps Spanish letters together in one word', () => {
    expect(wordsOf('¿Qué opción le queda al paciente?')).toEqual(['Qué', 'opción', 'le', 'queda', 'al', 'paciente']);
  });
});

describe('scores on known texts', () => {
  it('grades the Flesch-Kincaid example sentence at 13.1', () => {
    const stats = textStats(['The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.'], 'en');
    expect(stats).toEqual({ words: 13, sentences: 1, syllables: 26 });
    expect(fleschKincaidGrade(stats)).toBeCloseTo(13.08, 2);
  });

  it('grades a very simple text below grade 1', () => {
    expect(fleschKincaidGrade(textStats(['The cat sat on the mat.'], 'en'))).toBeCloseTo(-1.45, 2);
  });

  it('gives the corrected Fernández-Huerta formula: longer sentences read harder', () => {
    expect(fernandezHuerta({ words: 100, sentences: 10, syllables: 200 })).toBeCloseTo(76.64, 2);
    expect(fernandezHuerta({ words: 100, sentences: 5, syllables: 200 })).toBeLessThan(76.64);
  });

  it('scores a simple Spanish text as very easy', () => {
    const stats = textStats(['El gato come pescado. La niña lee un libro.'], 'es');
    expect(stats).toEqual({ words: 9, sentences: 2, syllables: 16 });
    expect(fernandezHuerta(stats)).toBeCloseTo(95.58, 1);
  });
});

describe('bundle scores and the budget', () => {
  const hard = {
    lang: 'en',
    legal: {
      body: 'Notwithstanding contractual indemnification provisions, pharmaceutical manufacturers’ investigational authorization determinations necessitate comprehensive institutional documentation.',
      source: 'https://example.gov/a-very-long-institutional-documentation-page',
    },
    ui: { continue: 'Continue', back: 'Back', hello: (name: string) => `Hi ${name}. You can stop at any time.` },
  };

  it('groups text by template and skips sources', () => {
    const result = scoreBundle(hard, 'en');
    expect(result.templates.map((t) => t.template)).toEqual(['legal', 'ui']);
    const legal = result.templates.find((t) => t.template === 'legal');
    expect(legal?.stats.words).toBe(13);
    expect(legal?.hardest[0]?.path).toBe('legal.body');
  });

  it('scores the words an interpolation function returns', () => {
    const ui = scoreBundle(hard, 'en').templates.find((t) => t.template === 'ui');
    // Continue, Back, and the two sentences of hello(name).
    expect(ui?.stats.sentences).toBe(4);
    expect(ui?.stats.words).toBe(2 + 2 + 6);
  });

  it('reports an English template above grade 9 and the overall grade', () => {
    const problems = budgetProblems(scoreBundle(hard, 'en'));
    expect(problems.some((p) => p.includes('"legal"'))).toBe(true);
    expect(problems.some((p) => p.startsWith('English overall'))).toBe(true);
  });

  it('does not hold a list of names to the per-template limit, but counts it overall', () => {
    const names = { states: { MA: 'Massachusetts', DC: 'District of Columbia' }, ui: { a: 'You can stop at any time.' } };
    const result = scoreBundle(names, 'en');
    expect(result.templates.find((t) => t.template === 'states')?.score).toBeGreaterThan(9);
    expect(result.overall.stats.words).toBe(4 + 6);
    expect(budgetProblems(result).some((p) => p.includes('"states"'))).toBe(false);
  });

  it('passes plain English and plain Spanish', () => {
    expect(budgetProblems(scoreBundle({ ui: { a: 'You can stop at any time.', b: 'Ask your care team.' } }, 'en'))).toEqual([]);
    expect(budgetProblems(scoreBundle({ ui: { a: 'Puede parar cuando quiera.', b: 'Pregunte a su médico.' } }, 'es'))).toEqual([]);
  });

  it('fails hard Spanish', () => {
    const problems = budgetProblems(
      scoreBundle({ legal: 'La documentación institucional correspondiente a las autorizaciones farmacéuticas investigacionales necesariamente comprende consideraciones administrativas extraordinariamente complicadas.' }, 'es'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Spanish overall/);
  });
});
