/**
 * Issue 12: the rules a nurse navigator reviewed against facts.md ("Added 2026-11-30"): free drug
 * from the maker for every coverage, blood-cancer-only programmes, income against the poverty
 * guideline, Medicaid and off-label, state laws, expanded access in the FDA's words, trial costs
 * by coverage, and what opens a road when none fits. One test (or more) per new row, with the
 * boundaries.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/answers.schema';
import { CANCER_TYPE_IDS, BLOOD_CANCER_IDS } from '../../../src/domain/cancer-types';
import { COVERAGES } from '../../../src/domain/answers-constants';
import type { Evaluation, PathwayId } from '../../../src/domain/evaluation.schema';
import { addDays } from '../../../src/rules/deadlines';
import { evaluate } from '../../../src/rules/evaluate';
import { evaluate as evaluateEn } from '../../../src/rules/evaluate-en';
import { POVERTY_GUIDELINES, povertyGuideline, povertyLevel } from '../../../src/rules/poverty-guidelines';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';
import { empty, medicareOffLabel, uninsuredOnLabel, variant } from '../../fixtures/personas';
import { validAnswers } from '../domain/answers-arbitrary';

const pathway = (evaluation: Evaluation, id: PathwayId) => evaluation.pathways.find((p) => p.id === id)!;
const wordsOf = (evaluation: Evaluation, id: PathwayId) => {
  const p = pathway(evaluation, id);
  return [...p.reasons.map((r) => r.text), ...p.steps, ...p.questions].join(' ');
};
const contactNames = (evaluation: Evaluation, id: PathwayId) => pathway(evaluation, id).contacts.map((c) => c.name).join(' | ');

describe('the 2026 poverty guidelines (data with source and year)', () => {
  it('are for the current year: this fails once the year is past, until the new table is in', () => {
    expect(POVERTY_GUIDELINES.year).toBeGreaterThanOrEqual(new Date().getFullYear());
    for (const url of POVERTY_GUIDELINES.sources) expect(url).toMatch(/^https:\/\//);
    expect(POVERTY_GUIDELINES.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('give the published figures for the 48 states and DC, 1 to 8 people and beyond', () => {
    const published = [15_960, 21_640, 27_320, 33_000, 38_680, 44_360, 50_040, 55_720];
    published.forEach((amount, i) => expect(povertyGuideline(i + 1, 'OH'), `${i + 1} people`).toBe(amount));
    expect(povertyGuideline(9, undefined)).toBe(55_720 + 5_680);
  });

  it('use the own tables of Alaska and Hawaii, and none for the territories', () => {
    expect(povertyGuideline(1, 'AK')).toBe(19_950);
    expect(povertyGuideline(3, 'AK')).toBe(19_950 + 2 * 7_100);
    expect(povertyGuideline(1, 'HI')).toBe(18_360);
    expect(povertyGuideline(2, 'HI')).toBe(18_360 + 6_530);
    expect(povertyGuideline(1, 'PR')).toBeUndefined();
    expect(povertyLevel(1, 20_000, 'GU')).toBeUndefined();
  });

  it('puts exactly 150% in the 150% band, and one dollar more above it', () => {
    expect(povertyLevel(1, 23_940, 'TX')).toEqual({ percent: 150, band: 'at-most-150-percent' });
    expect(povertyLevel(1, 23_941, 'TX')?.band).toBe('at-most-400-percent');
    expect(povertyLevel(1, 63_840, 'TX')?.band).toBe('at-most-400-percent'); // exactly 400%
    expect(povertyLevel(1, 79_800, 'TX')?.band).toBe('at-most-500-percent'); // exactly 500%
    expect(povertyLevel(1, 79_801, 'TX')?.band).toBe('over-500-percent');
  });

  it('in Alaska the same income is a lower share than in the 48 states', () => {
    // $29,925 is 150% of Alaska's $19,950 for one person, and 187.5% of $15,960 elsewhere.
    expect(povertyLevel(1, 29_925, 'AK')).toEqual({ percent: 150, band: 'at-most-150-percent' });
    expect(povertyLevel(1, 29_925, 'OH')).toEqual({ percent: 188, band: 'at-most-400-percent' });
  });
});

describe('income shown in words and used (PA-N8 to PA-N13)', () => {
  const medicare3 = variant(medicareOffLabel, { insurance: { coverage: 'medicare-advantage', householdSize: 3, yearlyIncome: 30_000 } });

  it('says the percent of the federal poverty level, computed inside evaluate from the answers', () => {
    const words = wordsOf(evaluateEn(medicare3), 'patient-assistance');
    expect(words).toMatch(/about 110% of the federal poverty level/);
    expect(wordsOf(evaluate(medicare3, es), 'patient-assistance')).toMatch(/cerca del 110 % del nivel federal de pobreza/);
  });

  it('uses the state: the same household in Alaska is a lower percent', () => {
    const alaska = variant(medicare3, { residenceState: 'AK' });
    expect(wordsOf(evaluateEn(alaska), 'patient-assistance')).toMatch(/about 88% of the federal poverty level/);
  });

  it('Extra Help up to 150% with Medicare (at exactly 150% too), with the resource limit and no amount', () => {
    const at150 = variant(medicareOffLabel, { residenceState: 'TX', insurance: { householdSize: 1, yearlyIncome: 23_940 } });
    const words = wordsOf(evaluateEn(at150), 'patient-assistance');
    expect(words).toMatch(/Extra Help gives full help up to 150%, so you may be under the limit/);
    expect(words).toMatch(/limit on savings and other resources also applies/);
    expect(words).not.toMatch(/savings[^.]*\$/);
    const above = variant(at150, { insurance: { yearlyIncome: 23_941 } });
    expect(wordsOf(evaluateEn(above), 'patient-assistance')).not.toMatch(/so you may be under the limit\. A limit on savings/);
  });

  it('never gives Extra Help words to someone without Medicare', () => {
    const privatePlan = variant(medicareOffLabel, { insurance: { coverage: 'private', householdSize: 1, yearlyIncome: 10_000 } });
    expect(wordsOf(evaluateEn(privatePlan), 'patient-assistance')).not.toMatch(/Extra Help/);
  });

  it('names CancerCare up to 400%, HealthWell 400 to 500% by fund, and says "check current details"', () => {
    const at400 = variant(medicareOffLabel, { insurance: { coverage: 'private', householdSize: 1, yearlyIncome: 63_840 } });
    expect(wordsOf(evaluateEn(at400), 'patient-assistance')).toMatch(/CancerCare[^.]*up to 400%\. You may be under the limit \(check current details\)/);
    const at450 = variant(at400, { insurance: { yearlyIncome: 71_820 } });
    const words = wordsOf(evaluateEn(at450), 'patient-assistance');
    expect(words).toMatch(/HealthWell Foundation funds go up to 500%, by fund\. You may be under the limit of some funds \(check current details\)/);
    expect(contactNames(evaluateEn(at450), 'patient-assistance')).toMatch(/HealthWell Foundation.*\(check current details\)/);
    const over = variant(at400, { insurance: { yearlyIncome: 90_000 } });
    expect(wordsOf(evaluateEn(over), 'patient-assistance')).toMatch(/above the usual limits of co-pay foundations/);
    expect(contactNames(evaluateEn(over), 'patient-assistance')).not.toMatch(/HealthWell/);
  });

  it('asks for the household size when only the income is known', () => {
    const noHousehold = variant(medicareOffLabel, { insurance: { yearlyIncome: 30_000, costConcern: 'none' } });
    const evaluation = evaluateEn(noHousehold);
    expect(wordsOf(evaluation, 'patient-assistance')).toMatch(/Tell us how many people live in your household/);
    expect(evaluation.missing).toContain('insurance.householdSize');
  });

  it('a $12,000 and a $500,000 income get different words', () => {
    const low = variant(medicareOffLabel, { insurance: { coverage: 'private', householdSize: 2, yearlyIncome: 12_000 } });
    const high = variant(low, { insurance: { yearlyIncome: 500_000 } });
    expect(wordsOf(evaluateEn(low), 'patient-assistance')).not.toBe(wordsOf(evaluateEn(high), 'patient-assistance'));
  });

  it('never says "you qualify", whatever the answers', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        expect(JSON.stringify(evaluateEn(answers))).not.toMatch(/you qualify|you are eligible/i);
        expect(JSON.stringify(evaluate(answers, es))).not.toMatch(/usted califica|reúne los requisitos/i);
      }),
      { numRuns: 100 },
    );
  });
});

describe('free drug from the maker, for every coverage', () => {
  it('is offered to every coverage, and to no answer at all (property)', () => {
    const coverage = fc.constantFrom(...COVERAGES, undefined);
    fc.assert(
      fc.property(validAnswers, coverage, (answers, c) => {
        const evaluation = evaluateEn({ ...answers, insurance: { ...answers.insurance, coverage: c } });
        expect(pathway(evaluation, 'patient-assistance').steps.join(' ')).toMatch(/free-drug program/);
      }),
      { numRuns: 150 },
    );
  });

  it('tells people on Medicare the drug is not billed to the plan and does not count toward the cap', () => {
    for (const coverage of ['medicare', 'medicare-advantage'] as const) {
      const steps = pathway(evaluateEn(variant(medicareOffLabel, { insurance: { coverage } })), 'patient-assistance').steps.join(' ');
      expect(steps).toMatch(/People on Medicare can apply[^.]*\. The free drug is given outside Part D: it is not billed to your plan, and it does not count toward your yearly cap/);
    }
  });

  it('tells Medicaid and military or VA coverage they can ask too, without the co-pay card', () => {
    for (const coverage of ['medicaid', 'military-va'] as const) {
      const evaluation = evaluateEn(variant(medicareOffLabel, { insurance: { coverage } }));
      expect(pathway(evaluation, 'patient-assistance').steps.join(' ')).toMatch(/You can ask whatever your coverage\. The free drug is given outside your plan: it is not billed to your plan/);
      expect(wordsOf(evaluation, 'patient-assistance')).not.toMatch(/Use the other help in this list instead/);
    }
  });

  it('names the FEHB exception where it speaks of "another kind of coverage"', () => {
    const evaluation = evaluateEn(variant(medicareOffLabel, { insurance: { coverage: 'other' } }));
    expect(wordsOf(evaluation, 'patient-assistance')).toMatch(/federal employees' plan \(FEHB\) does not count/);
    expect(wordsOf(evaluate(variant(medicareOffLabel, { insurance: { coverage: 'other' } }), es), 'patient-assistance')).toMatch(
      /en todo o en parte[^.]*\. El plan de los empleados federales \(FEHB\) no cuenta/,
    );
  });
});

describe('blood-cancer-only programmes', () => {
  it('shows The Leukemia & Lymphoma Society only for blood cancers', () => {
    for (const type of CANCER_TYPE_IDS) {
      const names = contactNames(evaluateEn(variant(medicareOffLabel, { diagnosis: { cancerType: type } })), 'patient-assistance');
      if ((BLOOD_CANCER_IDS as readonly string[]).includes(type)) expect(names, type).toMatch(/Leukemia & Lymphoma Society/);
      else expect(names, type).not.toMatch(/Leukemia/);
    }
    expect(contactNames(evaluateEn(variant(medicareOffLabel, { diagnosis: {} })), 'patient-assistance')).not.toMatch(/Leukemia/);
  });
});

describe('off-label coverage: Medicaid and the state laws', () => {
  it('tells Medicaid members about medically accepted indications, not "experimental"', () => {
    const evaluation = evaluateEn(variant(medicareOffLabel, { insurance: { coverage: 'medicaid' } }));
    const words = wordsOf(evaluation, 'off-label');
    expect(words).toMatch(/Medicaid must cover drugs for "medically accepted" uses\. These include off-label uses backed by a drug compendium/);
    expect(words).toMatch(/prior authorization/);
    expect(words).not.toMatch(/experimental/);
  });

  it('still says "experimental" is common for military and other coverage, from the ACS page', () => {
    expect(wordsOf(evaluateEn(variant(medicareOffLabel, { insurance: { coverage: 'military-va' } })), 'off-label')).toMatch(/often call off-label use experimental/);
  });

  it('tells private plans that most states (41) have a law, and self-funded plans to ask', () => {
    const evaluation = evaluateEn(variant(medicareOffLabel, { insurance: { coverage: 'private' } }));
    const reason = pathway(evaluation, 'off-label').reasons.find((r) => r.rule === 'OL-N2')!;
    expect(reason.text).toMatch(/most states \(41 in 2024\)/);
    expect(reason.text).toMatch(/self-funded employer plan[^.]*ask your plan if your state law applies/);
    // No per-state list is sourced: the person's state is never named.
    expect(reason.text).not.toMatch(/Florida|\bFL\b/);
  });
});

describe('expanded access in the FDA words', () => {
  const optionsLeft = variant(empty, { drugOfInterest: { approval: 'not-approved' }, treatments: { standardOptionsLeft: 'yes' } });

  it('with approved options left, says it opens if the doctor finds them unsuitable', () => {
    const ea = pathway(evaluateEn(optionsLeft), 'expanded-access');
    expect(ea.reasons[0]!.text).toMatch(/"no comparable or satisfactory alternative", and your doctor judges that\. This road opens if your doctor finds the remaining treatments unsuitable/);
  });

  it('first checks for an existing programme: ClinicalTrials.gov, the company policy, the Reagan-Udall navigator', () => {
    const steps = pathway(evaluateEn(optionsLeft), 'expanded-access').steps;
    expect(steps[0]).toMatch(/First check if the drug already has an expanded access program.*ClinicalTrials\.gov.*posted expanded access policy.*Reagan-Udall/);
  });

  it('shows the emergency timeline for emergency requests', () => {
    const steps = pathway(evaluateEn(optionsLeft), 'expanded-access').steps.join(' ');
    expect(steps).toMatch(/day 0 to 1.*day 1.*within 5 working days.*within 15 working days/);
  });
});

describe('trial costs by coverage', () => {
  const looking = variant(empty, { trials: { status: 'looking' } });
  it('private plans: out-of-network sites and grandfathered plans', () => {
    const words = wordsOf(evaluateEn(variant(looking, { insurance: { coverage: 'private' } })), 'clinical-trials');
    expect(words).toMatch(/need not pay for a site outside its network unless it already covers out-of-network care/);
    expect(words).toMatch(/"grandfathered" plans do not have to follow this law/);
  });

  it('Original Medicare and Medicare Advantage get different words', () => {
    const original = wordsOf(evaluateEn(variant(looking, { insurance: { coverage: 'medicare' } })), 'clinical-trials');
    const advantage = wordsOf(evaluateEn(variant(looking, { insurance: { coverage: 'medicare-advantage' } })), 'clinical-trials');
    expect(original).toMatch(/National Coverage Determination 310\.1/);
    expect(advantage).toMatch(/Original Medicare pays the routine care costs[^.]*plan pays the difference in cost sharing/);
    expect(advantage).toMatch(/check current details/);
  });
});

describe('an all-"unlikely" result says what would open a road (FS-0)', () => {
  const noRoad: Answers = variant(uninsuredOnLabel, {
    insurance: { coverage: 'private', costConcern: 'none', householdSize: undefined, yearlyIncome: undefined },
    trials: { status: 'not-interested' },
  });

  it('every road unlikely: a first step says what would open one, before the others', () => {
    const evaluation = evaluateEn(noRoad);
    expect(evaluation.pathways.every((p) => p.fit === 'unlikely')).toBe(true);
    expect(evaluation.firstSteps[0]?.id).toBe('what-would-open-a-road');
    expect(evaluation.firstSteps[0]?.text).toMatch(/None of the five roads fits well right now\. That can change/);
    expect(evaluation.firstSteps[0]?.basedOn.length).toBeGreaterThan(0);
  });

  it('not shown when some road fits', () => {
    const evaluation = evaluateEn(variant(noRoad, { insurance: { costConcern: 'major' } }));
    expect(evaluation.firstSteps.map((s) => s.id)).not.toContain('what-would-open-a-road');
  });
});

describe('Spanish links', () => {
  it('marks every link that is not a Spanish page "(en inglés)" or "sitio web en inglés"', () => {
    for (const id of ['off-label', 'expanded-access', 'right-to-try', 'patient-assistance', 'clinical-trials'] as const) {
      for (const [key, contact] of Object.entries(es.pathways[id].contacts as Record<string, { name: string; url?: string }>)) {
        if (contact.url === undefined) continue;
        const spanishPage = /cancer\.gov\/espanol|cancer\.org\/es\//.test(contact.url);
        if (!spanishPage) expect(contact.name, `${id}.${key}`).toMatch(/en inglés/);
        else expect(contact.name, `${id}.${key}`).not.toMatch(/sitio web en inglés/);
      }
    }
  });

  it('links the NCI trial search to its Spanish page', () => {
    expect(es.pathways['clinical-trials'].contacts.nciSearch.url).toBe('https://www.cancer.gov/espanol/investigacion/participe/como-buscar-un-estudio-clinico');
    expect(en.pathways['clinical-trials'].contacts.nciSearch.url).toBe('https://www.cancer.gov/research/participate/clinical-trials-search');
  });
});

describe('appeal deadlines, counted from the date on the letter (insurance.deniedOn)', () => {
  const denied = (coverage: (typeof COVERAGES)[number], deniedOn: string) =>
    variant(medicareOffLabel, { insurance: { coverage, deniedBefore: true, deniedOn } });

  it('adds days by the calendar: across a month, a year end and a leap day', () => {
    expect(addDays('2026-06-01', 180)).toBe('2026-11-28');
    expect(addDays('2026-12-15', 65)).toBe('2027-02-18');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-11-01', 0)).toBe('2026-11-01');
  });

  it('private and Marketplace: the internal appeal, 180 days; the first step names the day', () => {
    const evaluation = evaluateEn(denied('marketplace', '2026-06-01'));
    expect(evaluation.deadlines).toEqual([
      expect.objectContaining({ id: 'appeal-internal', date: '2026-11-28', basedOn: ['insurance.deniedOn', 'insurance.coverage'] }),
    ]);
    expect(evaluation.deadlines[0]!.text).toMatch(/November 28, 2026\. That is 180 days from the date on the refusal letter/);
    const appeal = evaluation.firstSteps.find((s) => s.id === 'appeal-denial')!;
    expect(appeal.text).toMatch(/^Appeal the refusal by November 28, 2026 at the latest/);
    expect(appeal.basedOn).toContain('insurance.deniedOn');
    expect(evaluate(denied('marketplace', '2026-06-01'), es).firstSteps.find((s) => s.id === 'appeal-denial')!.text).toMatch(/28 de noviembre de 2026/);
  });

  it('a deadline across a year end', () => {
    const evaluation = evaluateEn(denied('private', '2026-12-15'));
    expect(evaluation.deadlines.map((d) => d.date)).toEqual(['2027-06-13']);
  });

  it('Original Medicare: the drug plan 65 days and Part B 120 days (check current details), earliest first; never 180 days', () => {
    const evaluation = evaluateEn(denied('medicare', '2026-12-15'));
    expect(evaluation.deadlines.map((d) => [d.id, d.date])).toEqual([
      ['appeal-part-d', '2027-02-18'],
      ['appeal-part-b', '2027-04-14'],
    ]);
    expect(evaluation.deadlines[1]!.text).toMatch(/check current details/);
    expect(evaluation.firstSteps.find((s) => s.id === 'appeal-denial')!.text).toMatch(/by February 18, 2027/);
    expect(JSON.stringify(evaluation)).not.toMatch(/180 days/);
  });

  it('Medicare Advantage: 65 days (check current details)', () => {
    const evaluation = evaluateEn(denied('medicare-advantage', '2026-03-01'));
    expect(evaluation.deadlines.map((d) => d.id)).toEqual(['appeal-part-d', 'appeal-medicare-advantage']);
    expect(new Set(evaluation.deadlines.map((d) => d.date))).toEqual(new Set(['2026-05-05']));
  });

  it('Medicaid, military or VA, other and no coverage: no computed day, the letter says it', () => {
    for (const coverage of ['medicaid', 'military-va', 'other', 'uninsured'] as const) {
      const evaluation = evaluateEn(denied(coverage, '2026-03-01'));
      expect(evaluation.deadlines, coverage).toEqual([]);
      expect(evaluation.firstSteps.find((s) => s.id === 'appeal-denial')!.text, coverage).toMatch(/Appeals have time limits, and the letter tells you how/);
    }
  });

  it('without the date on the letter: no deadline, never one counted from today', () => {
    const evaluation = evaluateEn(variant(medicareOffLabel, { insurance: { coverage: 'private', deniedBefore: true } }));
    expect(evaluation.deadlines).toEqual([]);
  });

  it('no deadline is ever earlier than the refusal date (property)', () => {
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(validAnswers, day, fc.constantFrom(...COVERAGES), (answers, deniedOn, coverage) => {
        const evaluation = evaluateEn({ ...answers, insurance: { ...answers.insurance, coverage, deniedBefore: true, deniedOn } });
        for (const deadline of evaluation.deadlines) expect(deadline.date > deniedOn, `${deadline.date} after ${deniedOn}`).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('what to ask first (topQuestions), chosen by rules (TQ rows)', () => {
  it('a running deadline puts the appeal question first', () => {
    const evaluation = evaluateEn(variant(medicareOffLabel, { insurance: { coverage: 'private', deniedBefore: true, deniedOn: '2026-06-01' } }));
    expect(evaluation.topQuestions[0]).toBe(en.pathways['patient-assistance'].questions.appealHelp);
    const noDate = evaluateEn(variant(medicareOffLabel, { insurance: { coverage: 'private', deniedBefore: true } }));
    expect(noDate.topQuestions[0]).not.toBe(en.pathways['patient-assistance'].questions.appealHelp);
  });

  it('a refusal on hand asks for help with that appeal, not also "if my plan says no" (no near-duplicate)', () => {
    const { appealHelp } = en.pathways['patient-assistance'].questions;
    const { ifDenied } = en.pathways['off-label'].questions;
    for (const deniedOn of ['2026-06-01', undefined]) {
      const refused = evaluateEn(variant(medicareOffLabel, { insurance: { coverage: 'private', deniedBefore: true, deniedOn } }));
      const asked = [...refused.topQuestions, ...refused.pathways.flatMap((p) => p.questions)];
      expect(asked).toContain(appealHelp);
      expect(asked).not.toContain(ifDenied);
    }
    // Before any refusal the hypothetical is still asked, under off-label.
    const notRefused = evaluateEn(variant(medicareOffLabel, { insurance: { coverage: 'private', deniedBefore: false } }));
    expect(pathway(notRefused, 'off-label').questions).toContain(ifDenied);
    expect(notRefused.pathways.flatMap((p) => p.questions)).not.toContain(appealHelp);
  });

  it('a label that may make the drug on-label comes first', () => {
    const scenario = JSON.parse(readFileSync(new URL('../../fixtures/scenarios/v2-osimertinib-label.json', import.meta.url), 'utf8')) as { answers: Answers };
    const evaluation = evaluateEn(scenario.answers);
    expect(evaluation.topQuestions[0]).toMatch(/The FDA label of osimertinib seems to name my cancer/);
  });

  it('then the first question of the road with the strongest fit', () => {
    const evaluation = evaluateEn(medicareOffLabel);
    const strongest = evaluation.pathways.find((p) => p.questions.length > 0)!;
    expect(strongest.fit).toBe('strong');
    expect(evaluation.topQuestions[0]).toBe(strongest.questions[0]);
  });

  it('a cost the person said is major is asked about', () => {
    const evaluation = evaluateEn(variant(medicareOffLabel, { insurance: { costConcern: 'major' } }));
    expect(evaluation.topQuestions.slice(0, 3)).toContain(en.pathways['patient-assistance'].questions.costOfDrug);
    expect(evaluateEn(variant(medicareOffLabel, { insurance: { costConcern: 'none' } })).topQuestions).not.toContain(
      en.pathways['patient-assistance'].questions.costOfDrug,
    );
  });

  it('3 to 5, no repeats, each one a question a road shows (property)', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const evaluation = evaluateEn(answers);
        const all = new Set(evaluation.pathways.flatMap((p) => p.questions));
        expect(evaluation.topQuestions.length).toBeLessThanOrEqual(5);
        expect(evaluation.topQuestions.length).toBeGreaterThanOrEqual(Math.min(3, all.size));
        expect(new Set(evaluation.topQuestions).size).toBe(evaluation.topQuestions.length);
        for (const q of evaluation.topQuestions) expect(all.has(q)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('Medicare Part B or Part D (givenHow) and children (age)', () => {
  const steps = (answers: Answers) => pathway(evaluateEn(answers), 'patient-assistance').steps.join(' ');
  it('no Part D cap or payment plan for a clinic drug; Part B 20% instead', () => {
    const clinic = variant(medicareOffLabel, { drugOfInterest: { givenHow: 'in-clinic' } });
    expect(steps(clinic)).not.toMatch(/Part D yearly cap on what you pay|Prescription Payment Plan/);
    expect(steps(clinic)).toMatch(/you pay 20% of the cost with no yearly limit, unless a Medigap policy or Medicaid pays it/);
    const home = variant(medicareOffLabel, { drugOfInterest: { givenHow: 'at-home' } });
    expect(steps(home)).toMatch(/Part D yearly cap/);
    expect(steps(home)).not.toMatch(/20% of the cost/);
  });

  it('a Medicare refusal of a clinic drug: Part B 120 days, not the drug plan 65 days', () => {
    const evaluation = evaluateEn(variant(medicareOffLabel, { drugOfInterest: { givenHow: 'in-clinic' }, insurance: { deniedBefore: true, deniedOn: '2026-01-10' } }));
    expect(evaluation.deadlines.map((d) => d.id)).toEqual(['appeal-part-b']);
  });

  it('age 17: no Medicare words and Kids v Cancer; age 18: as before', () => {
    const child = evaluateEn(variant(medicareOffLabel, { age: 17, drugOfInterest: { approval: 'not-approved' } }));
    expect(JSON.stringify(child.pathways)).not.toMatch(/Medicare|Part D|Extra Help/);
    expect(contactNames(child, 'expanded-access')).toMatch(/Kids v Cancer/);
    expect(pathway(child, 'patient-assistance').steps.join(' ')).toMatch(/free-drug program/);
    const adult = evaluateEn(variant(medicareOffLabel, { age: 18, drugOfInterest: { approval: 'not-approved' } }));
    expect(JSON.stringify(adult.pathways)).toMatch(/Medicare/);
    expect(contactNames(adult, 'expanded-access')).not.toMatch(/Kids v Cancer/);
  });
});
