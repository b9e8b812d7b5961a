import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/answers.schema';
import { SCHEMA_VERSION } from '../../../src/domain/answers-constants';
import type { Migration } from '../../../src/domain/migrate-answers';
import {
  MAX_IMPORT_BYTES,
  answersFileInfo,
  answersToFile,
  exportLabel,
  parseAnswersText,
  readAnswersFile,
  type ImportWords,
} from '../../../src/lib/answers-file';
import { localIsoDate } from '../../../src/lib/download-file';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';

const words: ImportWords = { import: en.session.import, problems: en.problems };

const full: Answers = {
  schemaVersion: SCHEMA_VERSION,
  filledBy: 'navigator',
  residenceState: 'OH',
  diagnosis: { cancerType: 'other', cancerTypeOther: 'Desmoid tumour', stage: 'recurrent' },
  biomarkers: { testing: 'done', findings: ['BRAF V600E'] },
  treatments: { tried: [{ name: 'Sorafenib', outcome: 'side-effects' }], standardOptionsLeft: 'no' },
  drugOfInterest: { name: 'Nirogacestat', approval: 'approved-for-my-cancer' },
  insurance: { coverage: 'medicare', deniedBefore: true, costConcern: 'major', householdSize: 2, yearlyIncome: 41000 },
  trials: { status: 'looking', travel: 'in-my-state', zip: '43210' },
  careTeam: { oncologistOpenToHelp: 'yes', setting: 'academic-center' },
  appointment: { date: '2026-12-03', clinician: 'Dr. Okafor' },
  notes: 'Bring the scan report.',
};

function refusal(text: string): string[] {
  const result = parseAnswersText(text, words);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.messages;
}

describe('exporting answers', () => {
  it('writes the answers, with their schema version, under a file name that says what and when', () => {
    const file = answersToFile(full, new Date(2026, 10, 21, 23, 30), en.session.export);
    expect(file.fileName).toBe('treatment-access-answers-2026-11-21.json');
    expect(JSON.parse(file.text)).toEqual(full);
    expect(file.text).toContain(`"schemaVersion": ${SCHEMA_VERSION}`);
  });

  it('uses the local date, not the UTC one', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 0, 1))).toBe('2026-01-05');
  });

  it('reads back what it wrote', () => {
    expect(parseAnswersText(answersToFile(full, new Date(), en.session.export).text, words)).toEqual({ ok: true, answers: full });
  });
});

describe('importing a malformed file: each is refused with a message naming the problem', () => {
  it('text that is not JSON', () => {
    expect(refusal('name,stage\nAna,IV')).toEqual([en.session.import.notJson]);
  });

  it('JSON that is not a set of answers', () => {
    const messages = refusal('[1, 2, 3]');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(en.problems.wholeFile);
  });

  it('wrong types, each named by its field path', () => {
    const messages = refusal(
      JSON.stringify({ schemaVersion: 1, insurance: { householdSize: 'four', deniedBefore: 'yes' }, biomarkers: { findings: 'BRAF' } }),
    );
    expect(messages.some((m) => m.startsWith('insurance.householdSize:'))).toBe(true);
    expect(messages.some((m) => m.startsWith('insurance.deniedBefore:'))).toBe(true);
    expect(messages.some((m) => m.startsWith('biomarkers.findings:'))).toBe(true);
  });

  it('a version from the future, never guessed at', () => {
    const messages = refusal(JSON.stringify({ ...full, schemaVersion: SCHEMA_VERSION + 1 }));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^schemaVersion:/);
    expect(messages[0]).toContain(String(SCHEMA_VERSION + 1));
  });

  it('fields this version does not know', () => {
    const messages = refusal(JSON.stringify({ ...full, favouriteColour: 'blue', insurance: { ...full.insurance, plan: 'gold' } }));
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^favouriteColour:/), expect.stringMatching(/^insurance\.plan:/)]));
  });

  it('10 MB of text, before any of it is parsed', async () => {
    const tenMegabytes = 'x'.repeat(10 * 1024 * 1024);
    expect(refusal(tenMegabytes)).toEqual([en.session.import.tooBig(1)]);

    // The size is checked before the file is read: a file whose reading would fail is still refused for its size.
    const unreadable = Object.assign(new Blob([tenMegabytes]), {
      text: () => Promise.reject(new Error('must not be read')),
    });
    await expect(readAnswersFile(unreadable, words)).resolves.toEqual({ ok: false, messages: [en.session.import.tooBig(1)] });
  });

  it('a file just under the limit is read', async () => {
    const padded = JSON.stringify(full).replace('"Bring the scan report."', JSON.stringify('a'.repeat(1900)));
    expect(padded.length).toBeLessThan(MAX_IMPORT_BYTES);
    await expect(readAnswersFile(new Blob([padded]), words)).resolves.toMatchObject({ ok: true });
  });
});

describe('HTML in every string field', () => {
  const html = '<img src=x onerror=alert(1)><script>alert(2)</script>';

  it('is kept as plain text in free-text fields, exactly as typed', () => {
    const withHtml: Answers = {
      ...full,
      diagnosis: { ...full.diagnosis, cancerTypeOther: html },
      biomarkers: { testing: 'done', findings: [html] },
      treatments: { tried: [{ name: html, outcome: 'stopped-working' }] },
      drugOfInterest: { name: html },
      appointment: { clinician: html },
      notes: html,
    };
    const result = parseAnswersText(JSON.stringify(withHtml), words);
    expect(result).toEqual({ ok: true, answers: withHtml });
  });

  it.each([
    ['filledBy', { filledBy: html }],
    ['residenceState', { residenceState: html }],
    ['diagnosis.cancerType', { diagnosis: { cancerType: html } }],
    ['diagnosis.stage', { diagnosis: { stage: html } }],
    ['biomarkers.testing', { biomarkers: { testing: html } }],
    ['treatments.tried.0.outcome', { treatments: { tried: [{ name: 'x', outcome: html }] } }],
    ['treatments.standardOptionsLeft', { treatments: { standardOptionsLeft: html } }],
    ['drugOfInterest.approval', { drugOfInterest: { approval: html } }],
    ['insurance.coverage', { insurance: { coverage: html } }],
    ['insurance.costConcern', { insurance: { costConcern: html } }],
    ['trials.status', { trials: { status: html } }],
    ['trials.travel', { trials: { travel: html } }],
    ['trials.zip', { trials: { zip: html } }],
    ['careTeam.oncologistOpenToHelp', { careTeam: { oncologistOpenToHelp: html } }],
    ['careTeam.setting', { careTeam: { setting: html } }],
    ['appointment.date', { appointment: { date: html } }],
  ])('is refused in %s, which holds a choice or a format, naming the field', (path, part) => {
    const messages = refusal(JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...part }));
    expect(messages).toHaveLength(1);
    expect(messages[0]?.startsWith(`${path}:`)).toBe(true);
  });
});

describe('an older file', () => {
  it('is migrated through the engine registry', () => {
    const fromZero: Migration = {
      from: 0,
      to: SCHEMA_VERSION,
      description: 'test only: version 0 kept notes under `comments`',
      migrate: ({ comments }) => ({ schemaVersion: SCHEMA_VERSION, notes: comments }),
    };
    expect(parseAnswersText(JSON.stringify({ schemaVersion: 0, comments: 'hello' }), words, [fromZero])).toEqual({
      ok: true,
      answers: { schemaVersion: SCHEMA_VERSION, notes: 'hello' },
    });
  });
});

describe('the optional export label', () => {
  it('goes into the file name only, never into the file', () => {
    const file = answersToFile(full, new Date(2026, 10, 30, 9, 0), en.session.export, 'JD');
    expect(file.fileName).toBe('treatment-access-answers-JD-2026-11-30.json');
    expect(file.text).not.toContain('JD');
    expect(answersToFile(full, new Date(2026, 10, 30), es.session.export, 'MG').fileName).toBe('treatment-access-answers-MG-2026-11-30.json');
  });

  it('is made safe for a file name without changing what it says', () => {
    expect(exportLabel('')).toEqual({ ok: true, label: undefined });
    expect(exportLabel('   ')).toEqual({ ok: true, label: undefined });
    expect(exportLabel('J.D.')).toEqual({ ok: true, label: 'J-D' });
    expect(exportLabel(' José M ')).toEqual({ ok: true, label: 'Jose-M' });
    expect(exportLabel('room_4')).toEqual({ ok: true, label: 'room-4' });
  });

  it.each(['../etc', 'a/b', 'JD😀', 'x'.repeat(21), '<b>'])('refuses "%s" rather than cut or change it', (typed) => {
    expect(exportLabel(typed)).toEqual({ ok: false });
  });

  it('is read back from the file name with the date, before an import replaces anything', () => {
    expect(answersFileInfo('treatment-access-answers-JD-2026-11-30.json', 0)).toEqual({ label: 'JD', isoDate: '2026-11-30' });
    expect(answersFileInfo('treatment-access-answers-Jose-M-2026-11-30 (1).json', 0)).toEqual({ label: 'Jose-M', isoDate: '2026-11-30' });
    expect(answersFileInfo('treatment-access-answers-2026-11-21.json', 0)).toEqual({ label: undefined, isoDate: '2026-11-21' });
    // A renamed file: no label, and the file's own last-modified day.
    const modified = new Date(2026, 9, 5, 12, 0).getTime();
    expect(answersFileInfo('ana.json', modified)).toEqual({ label: undefined, isoDate: '2026-10-05' });
  });
});

