import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/answers.schema';
import type { Evaluation } from '../../../src/domain/evaluation.schema';
import { parseAnswers } from '../../../src/domain/parse-answers';
import { buildLetters, lettersThatApply, plain } from '../../../src/letters/build-letters';
import type { Letter, LetterId } from '../../../src/letters/letter-document';
import { letterText } from '../../../src/letters/letter-text';
import { evaluate } from '../../../src/rules/evaluate';
import { en } from '../../../templates/en/bundle';
import { letterWords as enWords } from '../../../templates/en/letter-words';
import { letters as bodies } from '../../../templates/en/letters';
import { SRC } from '../../../templates/en/sources';
import { es } from '../../../templates/es/bundle';
import { letterWords as esWords } from '../../../templates/es/letter-words';

const MADE_ON = '2026-11-30';
const scenarioDir = new URL('../../fixtures/scenarios/', import.meta.url);

function scenario(name: string): Answers {
  const file = JSON.parse(readFileSync(new URL(`${name}.json`, scenarioDir), 'utf8')) as { answers: unknown };
  const parsed = parseAnswers(file.answers);
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.answers;
}

function lettersFor(answers: Answers, evaluation: Evaluation = evaluate(answers, en), lang: 'en' | 'es' = 'en'): Letter[] {
  return buildLetters({ answers, evaluation, bodies, words: lang === 'en' ? enWords : esWords, lang, madeOn: MADE_ON });
}

function byId(letters: Letter[], id: LetterId): Letter {
  const letter = letters.find((l) => l.id === id);
  if (!letter) throw new Error(`no ${id} letter`);
  return letter;
}

/** Answers as the contract allows them, checked by the schema so a test cannot feed the builder what the app never would. */
function answers(input: object): Answers {
  const parsed = parseAnswers({ schemaVersion: 2, ...input });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.answers;
}

const withDeadline = (evaluation: Evaluation, date: string): Evaluation => ({
  ...evaluation,
  deadlines: [{ id: 'appeal-elsewhere', text: 'Appeal by then', date, basedOn: ['insurance.deniedOn'] }],
});

describe('which letters fit each example scenario', () => {
  const expected: Record<string, LetterId[]> = {
    'already-in-trial': [],
    'barely-started': [],
    'desmoid-investigational': ['expanded-access-request', 'fda-3926-worksheet'],
    'medicare-offlabel-denied': ['insurance-appeal', 'medical-necessity'],
    'uninsured-on-label': [],
    'untested-pancreatic': [],
    // Not sure of the approval, but the FDA label was looked up: no expanded-access letter.
    'v2-osimertinib-label': ['medical-necessity'],
    'v2-medicare-advantage-free-drug': [],
    'v2-private-denial-deadline': ['insurance-appeal', 'medical-necessity'],
    'v2-saved-trial': [],
  };

  it('every scenario the schema accepts gets only letters that read: a draft notice, no “undefined”', () => {
    const files = readdirSync(scenarioDir).filter((f) => f.endsWith('.json') && f !== 'refused-bad-enum.json');
    expect(files.length).toBeGreaterThanOrEqual(Object.keys(expected).length);
    for (const file of files) {
      const person = scenario(file.replace(/\.json$/, ''));
      for (const letter of lettersFor(person)) {
        const text = letterText(letter);
        expect(text.startsWith(bodies.draftNotice), `${file} ${letter.id}`).toBe(true);
        expect(text, `${file} ${letter.id}`).not.toMatch(/undefined|NaN|\[object Object\]/);
      }
    }
  });

  it.each(Object.entries(expected))('%s', (name, ids) => {
    const person = scenario(name);
    expect(lettersThatApply(person, evaluate(person, en))).toEqual(ids);
    expect(lettersFor(person).map((l) => l.id)).toEqual(ids);
  });
});

describe('letters fit the person, and only them', () => {
  const desmoid = scenario('desmoid-investigational');
  const medicare = scenario('medicare-offlabel-denied');

  it('no expanded-access letter when the drug is approved for the cancer', () => {
    const onLabel = { ...desmoid, drugOfInterest: { name: 'AL102', approval: 'approved-for-my-cancer' as const } };
    const ids = lettersThatApply(onLabel, evaluate(onLabel, en));
    expect(ids).not.toContain('expanded-access-request');
    expect(ids).not.toContain('fda-3926-worksheet');
  });

  it('no expanded-access letter when the person is not sure of the approval but an FDA label was found', () => {
    const unsure = answers({ ...desmoid, schemaVersion: 2, drugOfInterest: { name: 'AL102', approval: 'unsure' } });
    expect(lettersThatApply(unsure, evaluate(unsure, en))).toContain('expanded-access-request');
    const label = { setId: 'x', brandNames: [], genericNames: [], applicationNumbers: ['NDA000000'], indications: 'INDICATIONS AND USAGE' };
    const labelled = answers({ ...unsure, drugOfInterest: { ...unsure.drugOfInterest, label: { retrievedOn: '2026-11-27', query: 'AL102', labels: [label] } } });
    expect(lettersThatApply(labelled, evaluate(labelled, en))).not.toContain('expanded-access-request');
  });

  it('no expanded-access letter for someone already in a trial', () => {
    const inTrial = { ...desmoid, trials: { status: 'in-a-trial' as const } };
    expect(lettersThatApply(inTrial, evaluate(inTrial, en))).not.toContain('expanded-access-request');
  });

  it('no appeal without a refusal, and none for someone without insurance', () => {
    const noRefusal = { ...medicare, insurance: { ...medicare.insurance, deniedBefore: false } };
    expect(lettersThatApply(noRefusal, evaluate(noRefusal, en))).not.toContain('insurance-appeal');
    const uninsured = { ...medicare, insurance: { coverage: 'uninsured' as const, deniedBefore: true } };
    const ids = lettersThatApply(uninsured, evaluate(uninsured, en));
    expect(ids).not.toContain('insurance-appeal');
    expect(ids).not.toContain('medical-necessity');
  });

  it('no appeal to pay for a drug the FDA has not approved', () => {
    const investigational = { ...desmoid, insurance: { coverage: 'private' as const, deniedBefore: true } };
    expect(lettersThatApply(investigational, evaluate(investigational, en))).not.toContain('insurance-appeal');
  });
});

describe('the expanded-access request', () => {
  const desmoid = scenario('desmoid-investigational');

  it('states the situation, the treatments tried, the alternatives and asks for a Letter of Authorization', () => {
    const text = letterText(byId(lettersFor(desmoid), 'expanded-access-request'));
    expect(text).toContain('AL102');
    expect(text).toContain('Diagnosis: desmoid tumor, recurrent.');
    expect(text).toContain('sorafenib: stopped working');
    expect(text).toContain('nirogacestat: stopped because of side effects');
    expect(text).toContain('CTNNB1 T41A');
    expect(text).toContain('no comparable or satisfactory alternative');
    expect(text).toContain('The approved options for this cancer have been used or do not suit this patient.');
    expect(text).toContain('was not eligible');
    expect(text).toContain('Letter of Authorization');
    expect(text).toMatch(/Patient \(initials only\): _+/);
    expect(text).toMatch(/Phone: _+/);
    expect(text).toContain('https://www.ecfr.gov/current/title-21/chapter-I/subchapter-D/part-312/subpart-I');
  });

  it('names the programme’s NCT number when the lookup lists one, available records first', () => {
    const withLookup = {
      ...desmoid,
      drugOfInterest: {
        ...desmoid.drugOfInterest,
        expandedAccess: {
          retrievedOn: '2026-11-28',
          query: 'AL102',
          records: [
            { nctId: 'NCT01234567', title: 'Old programme', status: 'NO_LONGER_AVAILABLE' },
            { nctId: 'NCT07654321', title: 'Expanded access to AL102', status: 'AVAILABLE' },
          ],
        },
      },
    };
    const text = letterText(byId(lettersFor(answers(withLookup)), 'expanded-access-request'));
    expect(text).toContain('NCT07654321: Expanded access to AL102 (status “AVAILABLE” when looked up on November 28, 2026)');
    expect(text.indexOf('NCT07654321')).toBeLessThan(text.indexOf('NCT01234567'));
    expect(text).not.toContain('[If your company has an expanded-access program');
  });

  it('leaves the NCT number to fill in when nothing was looked up', () => {
    const text = letterText(byId(lettersFor(desmoid), 'expanded-access-request'));
    expect(text).toContain('its ClinicalTrials.gov number (NCT)');
    expect(text).not.toMatch(/NCT\d{8}/);
  });
});

describe('the Form FDA 3926 worksheet', () => {
  it('asks for initials only, the history and the plan, explains chair review (10.b), and points to the FDA’s own form and eRequest', () => {
    const letter = byId(lettersFor(scenario('desmoid-investigational')), 'fda-3926-worksheet');
    const text = letterText(letter);
    expect(text).toContain('initials only');
    expect(text).toContain('sorafenib: stopped working');
    for (const heading of ['Treatment plan', 'Dose', 'How it is given, and how often', 'Planned length of treatment']) expect(text).toContain(heading);
    expect(text).toMatch(/Drug: AL102/);
    expect(text).toContain('section 10.b');
    expect(text).toContain('IRB chair');
    expect(text).toContain('This worksheet is not the form');
    expect(text).toContain('eRequest');
    expect(letter.sources.map((s) => s.source.url)).toContain(SRC.fdaSinglePatient.url);
    expect(text).toContain('240-402-0004');
    expect(text).not.toMatch(/Patient name/);
  });
});

describe('the appeal', () => {
  const medicare = scenario('medicare-offlabel-denied');

  it('for Medicare: the compendia rule, the Part B and Part D deadlines when how the drug is given is unknown', () => {
    const text = letterText(byId(lettersFor(medicare), 'insurance-appeal'));
    expect(text).toContain('Appeal of a refusal to cover trametinib');
    expect(text).toContain('for my colorectal cancer');
    expect(text).toContain('medically accepted');
    expect(text).toContain('NCCN Drugs & Biologics Compendium');
    expect(text).toContain('chapter 15, section 50.4.5');
    expect(text).toContain('within 65 days');
    expect(text).toContain('within 120 days of the Medicare Summary Notice (check current details)');
    expect(text).toContain('expedited (urgent) redetermination');
    expect(text).toContain('FOLFIRI with bevacizumab: stopped working');
    expect(text).toContain('[The last day to appeal is on the refusal letter: write it here.]');
  });

  it('for Medicare with the drug given in the clinic: Part B only, and no urgent Part D request', () => {
    const inClinic = answers({ ...medicare, schemaVersion: 2, drugOfInterest: { ...medicare.drugOfInterest, givenHow: 'in-clinic' } });
    const text = letterText(byId(lettersFor(inClinic), 'insurance-appeal'));
    expect(text).toContain('within 120 days');
    expect(text).not.toContain('Part D');
    expect(text).not.toContain('expedited');
  });

  it('gives the last day for each appeal route from the evaluation’s deadlines, and the date of the refusal', () => {
    const refused = answers({ ...medicare, schemaVersion: 2, insurance: { ...medicare.insurance, deniedOn: '2026-11-02' } });
    const evaluation = evaluate(refused, en);
    const letter = byId(lettersFor(refused, evaluation), 'insurance-appeal');
    const text = letterText(letter);
    expect(text).toContain('Date on the refusal letter: November 2, 2026');
    // Medicare, given in the clinic or at home unknown: Part D (65 days) and Part B (120 days).
    expect(text).toContain('Last day to ask for a redetermination by the Medicare drug plan (Part D): January 6, 2027.');
    expect(text).toContain('Last day to ask for a redetermination by Original Medicare (Part B): March 2, 2027.');
    expect(text).not.toContain('[The last day to appeal is on the refusal letter');
    // The note to the person uses the rules' own sentences, in the person's language.
    const texts = evaluation.deadlines.map((d) => d.text);
    expect(texts).toHaveLength(2);
    expect(letter.note.deadline).toBe(texts.join(' '));
  });

  it('names a deadline of a route it does not know as “this appeal”', () => {
    const refused = answers({ ...medicare, schemaVersion: 2, insurance: { ...medicare.insurance, deniedOn: '2026-11-02' } });
    const text = letterText(byId(lettersFor(refused, withDeadline(evaluate(refused, en), '2027-01-07')), 'insurance-appeal'));
    expect(text).toContain('Last day to ask for this appeal: January 7, 2027.');
  });

  it('for Medicaid: “medically accepted indication”, the fair hearing, and never “experimental”', () => {
    const medicaid = answers({ ...medicare, schemaVersion: 2, insurance: { coverage: 'medicaid', deniedBefore: true } });
    const text = letterText(byId(lettersFor(medicaid), 'insurance-appeal'));
    expect(text).toContain('“medically accepted indication”');
    expect(text).toContain('42 U.S.C. 1396r-8(k)(6)');
    expect(text).toContain('fair hearing');
    expect(text).not.toMatch(/experimental/i);
    expect(text).not.toContain('Medicare covers');
  });

  it('for a private plan: medical necessity, the state-law note for the person’s state, 180 days, and the urgent request with external review', () => {
    const privatePlan = answers({ ...medicare, schemaVersion: 2, residenceState: 'OH', insurance: { coverage: 'private', deniedBefore: true } });
    const text = letterText(byId(lettersFor(privatePlan), 'insurance-appeal'));
    expect(text).toContain('medically necessary');
    expect(text).toContain('About 41 states have laws');
    expect(text).toContain('the law of Ohio');
    expect(text).toContain('within 180 days');
    expect(text).toContain('external review within 4 months');
    expect(text).toContain('decision within 72 hours');
    expect(text).toContain('urgent external review');
    expect(text).not.toContain('Medicare');
  });

  it('for a drug approved for the cancer: no off-label argument', () => {
    const onLabel = answers({ ...medicare, schemaVersion: 2, drugOfInterest: { name: 'trametinib', approval: 'approved-for-my-cancer' } });
    const text = letterText(byId(lettersFor(onLabel), 'insurance-appeal'));
    expect(text).toContain('trametinib is approved by the FDA for this type of cancer');
    expect(text).not.toContain('off-label');
  });
});

describe('the letter of medical necessity outline', () => {
  it('names the drug and cancer, lists the treatments, leaves the reasoning to the oncologist', () => {
    const text = letterText(byId(lettersFor(scenario('medicare-offlabel-denied')), 'medical-necessity'));
    expect(text).toContain('I am writing to ask you to cover trametinib for this patient’s colorectal cancer (colon or rectum).');
    expect(text).toContain('FOLFOX: stopped working');
    expect(text).toContain('[Why this drug, for this patient, now');
    expect(text).toContain('off-label');
  });
});

describe('every letter', () => {
  const people = ['desmoid-investigational', 'medicare-offlabel-denied'].map(scenario);
  const all = people.flatMap((p) => lettersFor(p));

  it('starts by saying it is a draft for the care team to check, and holds no “undefined”, “null” or “NaN”', () => {
    expect(all).toHaveLength(4);
    for (const letter of all) {
      const text = letterText(letter);
      expect(text.startsWith('DRAFT for the care team to check.'), letter.id).toBe(true);
      expect(text, letter.id).not.toMatch(/undefined|null|NaN|\[object Object\]/);
      expect(letter.fileName).toBe(`letter-${letter.id}-${MADE_ON}.docx`);
    }
  });

  it('gives every fact a source with an https address and a reviewed date; re-verify facts say “check current details”', () => {
    for (const letter of all) {
      // The outline for the oncologist states no fact of its own: the oncologist's reasoning fills it.
      if (letter.id !== 'medical-necessity') expect(letter.sources.length, letter.id).toBeGreaterThan(0);
      for (const { source } of letter.sources) {
        expect(source.url).toMatch(/^https:\/\/\S+$/);
        expect(source.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    const facts = [bodies.expandedAccess, bodies.fda3926, bodies.appeal].flatMap((group) =>
      Object.values(group).filter((v): v is { text: string; source: { reverify?: true } } => typeof v === 'object' && v !== null && 'source' in v),
    );
    expect(facts.length).toBeGreaterThan(10);
    for (const fact of facts) if (fact.source.reverify) expect(fact.text).toContain('check current details');
  });

  it('a letter with nothing known yet still reads: blanks to fill, never “undefined”', () => {
    const sparse = answers({ insurance: { coverage: 'medicare', deniedBefore: true } });
    const letters = lettersFor(sparse);
    expect(letters.map((l) => l.id)).toContain('insurance-appeal');
    for (const letter of letters) {
      const text = letterText(letter);
      expect(text).not.toMatch(/undefined|null|NaN/);
      expect(text).toContain('[name of the drug]');
    }
  });
});

describe('notes to the person', () => {
  const medicare = scenario('medicare-offlabel-denied');

  it('in English: what it is, who signs, where it goes; no word about the letter’s language', () => {
    for (const letter of lettersFor(medicare)) {
      expect(letter.note.what).not.toBe('');
      expect(letter.note.whoSigns).not.toBe('');
      expect(letter.note.whereItGoes).not.toBe('');
      expect(letter.note.inEnglish).toBeUndefined();
    }
    expect(byId(lettersFor(medicare), 'insurance-appeal').note.deadline).toBe(enWords.deadlineOnLetter);
  });

  it('in Spanish: the note is in Spanish and says the letter itself is in English; the letter stays in English', () => {
    const spanish = lettersFor(medicare, evaluate(medicare, es), 'es');
    const english = lettersFor(medicare);
    expect(spanish.map((l) => l.id)).toEqual(english.map((l) => l.id));
    for (const [i, letter] of spanish.entries()) {
      expect(letter.note.inEnglish).toBe('La carta está en inglés, porque va a una compañía o a un seguro de EE. UU.');
      expect(letter.titleForPerson).toBe(esWords.notes[letter.id].title);
      expect(letterText(letter)).toBe(letterText(english[i]!));
    }
    expect(byId(spanish, 'insurance-appeal').note.what).toContain('trametinib');
  });
});

describe('hostile text in the answers stays text', () => {
  const HOSTILE = '<script>alert("x")</script> ]]></w:t><w:p>&amp; {{drug}} ${drug}';

  it('keeps markup as the very characters typed, drops control characters and mends broken surrogates', () => {
    const person = answers({
      ...scenario('desmoid-investigational'),
      schemaVersion: 2,
      drugOfInterest: { name: `${HOSTILE}\u0000\u0007\n\uD800`, approval: 'not-approved' },
      treatments: { tried: [{ name: '<img src=x onerror=alert(1)>', outcome: 'did-not-work' }], standardOptionsLeft: 'no' },
    });
    const text = letterText(byId(lettersFor(person), 'expanded-access-request'));
    expect(text).toContain(`${HOSTILE} \uFFFD`);
    expect(text).toContain('<img src=x onerror=alert(1)>: did not work');
    expect([...text].filter((c) => c.charCodeAt(0) < 0x20 && c !== '\n')).toEqual([]);
  });

  it('plain() keeps one line of text', () => {
    expect(plain('  a\r\nb\tc\u0085d\u0000 ')).toBe('a b c d');
  });
});
