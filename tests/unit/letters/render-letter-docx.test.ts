import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/answers.schema';
import type { Evaluation } from '../../../src/domain/evaluation.schema';
import { parseAnswers } from '../../../src/domain/parse-answers';
import { appealDeadlines, buildLetters } from '../../../src/letters/build-letters';
import type { Letter } from '../../../src/letters/letter-document';
import { letterText } from '../../../src/letters/letter-text';
import { docxBytes, editedLetterDocument, letterDocument } from '../../../src/letters/render-letter-docx';
import { evaluate } from '../../../src/rules/evaluate';
import { en } from '../../../templates/en/bundle';
import { letterWords } from '../../../templates/en/letter-words';
import { letters as bodies } from '../../../templates/en/letters';
import { readDocx } from './support/read-docx';

// Each .docx is opened as Word would be given it: unzipped, word/document.xml read back as text.

function person(name: string, patch: object = {}): Answers {
  const file = JSON.parse(readFileSync(new URL(`../../fixtures/scenarios/${name}.json`, import.meta.url), 'utf8')) as { answers: object };
  const parsed = parseAnswers({ ...file.answers, ...patch, schemaVersion: 2 });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.answers;
}

function make(answers: Answers, evaluation: Evaluation = evaluate(answers, en)): Letter[] {
  return buildLetters({ answers, evaluation, bodies, words: letterWords, lang: 'en', madeOn: '2026-11-30' });
}

async function docxText(letter: Letter) {
  return readDocx(await docxBytes(letterDocument(letter)));
}

const desmoid = person('desmoid-investigational', {
  drugOfInterest: {
    name: 'AL102',
    approval: 'not-approved',
    expandedAccess: { retrievedOn: '2026-11-28', query: 'AL102', records: [{ nctId: 'NCT07654321', title: 'Expanded access to AL102', status: 'AVAILABLE' }] },
  },
});
const medicare = person('medicare-offlabel-denied', {
  insurance: { coverage: 'medicare', deniedBefore: true, deniedOn: '2026-11-02', costConcern: 'major' },
});
const medicareEvaluation: Evaluation = {
  ...evaluate(medicare, en),
  deadlines: [{ id: 'appeal-part-d', text: 'Appeal by January 6, 2027', date: '2027-01-06', basedOn: ['insurance.deniedOn'] }],
};

describe('letters as .docx, read back', () => {
  it('the expanded-access request and the worksheet hold the drug, the cancer and the NCT number', async () => {
    const letters = make(desmoid);
    expect(letters.map((l) => l.id)).toEqual(['expanded-access-request', 'fda-3926-worksheet']);
    for (const letter of letters) {
      const { text, files } = await docxText(letter);
      expect(files).toContain('word/document.xml');
      expect(text.startsWith('DRAFT for the care team to check.'), letter.id).toBe(true);
      expect(text).toContain(letter.title);
      expect(text).toContain('AL102');
      expect(text).toContain('desmoid tumor, recurrent');
      expect(text).toContain('sorafenib: stopped working');
      expect(text).not.toMatch(/undefined|NaN|\[object Object\]/);
    }
    const request = await docxText(letters[0]!);
    expect(request.text).toContain('NCT07654321');
    expect(request.text).toContain('Letter of Authorization');
    const worksheet = await docxText(letters[1]!);
    expect(worksheet.text).toContain('section 10.b');
  });

  it('the appeal and the medical-necessity outline hold the drug, the cancer and the deadline', async () => {
    const letters = make(medicare, medicareEvaluation);
    expect(letters.map((l) => l.id)).toEqual(['insurance-appeal', 'medical-necessity']);
    const appeal = await docxText(letters[0]!);
    expect(appeal.text).toContain('Appeal of a refusal to cover trametinib');
    expect(appeal.text).toContain('colorectal cancer');
    expect(appeal.text).toContain('Last day to ask for a redetermination by the Medicare drug plan (Part D): January 6, 2027.');
    expect(appeal.text).toContain('Date on the refusal letter: November 2, 2026');
    expect(appeal.text).toContain('chapter 15, section 50.4.5');
    const necessity = await docxText(letters[1]!);
    expect(necessity.text).toContain('trametinib');
    expect(necessity.text).toContain('colorectal cancer');
    for (const { text } of [appeal, necessity]) expect(text).not.toMatch(/undefined|NaN|\[object Object\]/);
  });

  it('the appeal for a private plan refused on a known date carries the deadline the rules work out, or asks for the one on the letter', async () => {
    const refused = person('v2-private-denial-deadline');
    const evaluation = evaluate(refused, en);
    const appeal = make(refused, evaluation).find((l) => l.id === 'insurance-appeal');
    const { text } = await docxText(appeal!);
    expect(text).toContain('alpelisib');
    expect(text).toContain('breast cancer');
    expect(text).toContain('Date on the refusal letter: June 1, 2026');
    expect(text).toContain('within 180 days');
    // 180 days from June 1, 2026 (the rules' deadline for a private or Marketplace plan).
    expect(appealDeadlines(evaluation).map((d) => d.date)).toEqual(['2026-11-28']);
    expect(text).toContain('Last day to ask for an internal appeal: November 28, 2026.');
  });

  it('has every part of the plain text, in the same order', async () => {
    for (const letter of [...make(desmoid), ...make(medicare, medicareEvaluation)]) {
      const { text } = await docxText(letter);
      let from = 0;
      for (const line of letterText(letter).split('\n').filter((l) => l.trim() !== '')) {
        const wanted = line.replace(/^- /, '');
        const at = text.indexOf(wanted, from);
        expect(at, `${letter.id}: ${wanted}`).toBeGreaterThanOrEqual(0);
        from = at;
      }
    }
  });

  it('keeps hostile text as text: escaped in the XML, the same characters when read back', async () => {
    const hostile = '<script>alert("x")</script> ]]></w:t></w:r><w:r><w:t>& {{drug}}';
    const letters = make(person('desmoid-investigational', { drugOfInterest: { name: `${hostile}\u0001`, approval: 'not-approved' } }));
    const { text, xml } = await docxText(letters[0]!);
    expect(text).toContain(hostile);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    expect([...xml].filter((c) => c.charCodeAt(0) < 0x20 && !'\t\n\r'.includes(c))).toEqual([]);
  });

  it('an edited letter becomes a Word file with the words the person left, and the draft notice on every page', async () => {
    const letter = make(medicare, medicareEvaluation)[0]!;
    const edited = `${letterText(letter).replace('Member ID: ____________________', 'Member ID: 1EG4-TE5-MK72')}\n\nExtra line \u0002typed`;
    const bytes = await docxBytes(editedLetterDocument(letter.title, letter.draftNotice, edited));
    const { text, xml } = await readDocx(bytes);
    expect(text).toContain('Member ID: 1EG4-TE5-MK72');
    expect(text).toContain('Extra line typed');
    expect(xml).not.toContain('\u0002');
    const zip = await import('jszip').then((m) => m.default.loadAsync(bytes));
    const header = await zip.file('word/header1.xml')?.async('string');
    expect(header).toContain('DRAFT for the care team to check.');
  });
});
