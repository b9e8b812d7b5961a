import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/answers.schema';
import type { Fit, PathwayId } from '../../../src/domain/evaluation.schema';
import { evaluateWithTrace } from '../../../src/rules/evaluate';
import { PATHWAY_RULES } from '../../../src/rules/pathways.rules';
import { en } from '../../../templates/en/bundle';
import {
  earlyWithOptions,
  empty,
  inTrial,
  investigationalReady,
  medicareOffLabel,
  uninsuredOnLabel,
  untestedLooking,
  variant,
} from '../../fixtures/personas';

type Case = {
  name: string;
  answers: Answers;
  fits?: Partial<Record<PathwayId, Fit>>;
  /** Rule ids that must give a reason (fit rows and notes). */
  fired?: string[];
  /** Rule ids that must not. */
  notFired?: string[];
};

const withFindings = variant(empty, { biomarkers: { testing: 'done', findings: ['BRAF V600E'] } });
const notApprovedLooking = variant(investigationalReady, { trials: { status: 'looking' } });

const CASES: Case[] = [
  // A saved FDA label lookup (drugOfInterest.label); more in label-rules.test.ts. The label texts are made by hand.
  {
    name: 'label names the cancer, person said approved for another use: off-label possible, ask whether it is on-label',
    answers: variant(medicareOffLabel, { drugOfInterest: { label: { retrievedOn: '2026-11-27', query: 'x', labels: [{ setId: 's', brandNames: [], genericNames: [], applicationNumbers: [], indications: 'X is indicated for metastatic colorectal cancer.' }] } }, diagnosis: { cancerType: 'colorectal' } }),
    fits: { 'off-label': 'possible' },
    fired: ['OL-LB1'],
    notFired: ['OL-4'],
  },
  {
    name: 'label lists other uses only, approval not sure: off-label strong; expanded access and Right to Try unlikely',
    answers: variant(empty, { diagnosis: { cancerType: 'pancreatic' }, drugOfInterest: { name: 'x', approval: 'unsure', label: { retrievedOn: '2026-11-27', query: 'x', labels: [{ setId: 's', brandNames: [], genericNames: [], applicationNumbers: [], indications: 'X is indicated for metastatic colorectal cancer.' }] } } }),
    fits: { 'off-label': 'strong', 'expanded-access': 'unlikely', 'right-to-try': 'unlikely' },
    fired: ['OL-LB2', 'EA-LB1', 'RT-LB1'],
  },
  {
    name: 'no FDA label found, approval not sure: off-label unlikely; expanded access and Right to Try open',
    answers: variant(empty, { drugOfInterest: { name: 'x', approval: 'unsure', label: { retrievedOn: '2026-11-27', query: 'x', labels: [] } } }),
    fits: { 'off-label': 'unlikely', 'expanded-access': 'possible', 'right-to-try': 'possible' },
    fired: ['OL-LB3', 'EA-LB2', 'RT-LB2'],
  },
  // Saved lookups (issue 11): expanded-access records for the drug, and kept trials.
  {
    name: 'an expanded-access programme listed as available makes expanded access strong, even with the approval unsure',
    answers: variant(investigationalReady, { drugOfInterest: { approval: 'unsure', expandedAccess: { retrievedOn: '2026-11-30', query: 'AL102', records: [{ nctId: 'NCT99999911', title: 'Expanded Access Program', status: 'AVAILABLE' }] } } }),
    fits: { 'expanded-access': 'strong' },
    fired: ['EA-L1'],
    notFired: ['EA-7', 'EA-LN1', 'EA-LN2'],
  },
  {
    name: 'an available programme does not open the road while the person is in a trial',
    answers: variant(investigationalReady, { trials: { status: 'in-a-trial' }, drugOfInterest: { expandedAccess: { retrievedOn: '2026-11-30', query: 'AL102', records: [{ nctId: 'NCT99999911', title: 'Expanded Access Program', status: 'AVAILABLE' }] } } }),
    fits: { 'expanded-access': 'unlikely' },
    fired: ['EA-1'],
    notFired: ['EA-L1', 'EA-LN1', 'EA-LN2'],
  },
  {
    name: 'records listed but none available now: says so, the single-patient route remains',
    answers: variant(investigationalReady, { drugOfInterest: { expandedAccess: { retrievedOn: '2026-11-30', query: 'AL102', records: [{ nctId: 'NCT99999912', title: 'Expanded Access, Closed', status: 'NO_LONGER_AVAILABLE' }] } } }),
    fits: { 'expanded-access': 'strong' },
    fired: ['EA-5', 'EA-LN1'],
    notFired: ['EA-L1', 'EA-LN2'],
  },
  {
    name: 'no expanded-access record listed: says none is listed and where to look next',
    answers: variant(investigationalReady, { drugOfInterest: { expandedAccess: { retrievedOn: '2026-11-30', query: 'AL102', records: [] } } }),
    fits: { 'expanded-access': 'strong' },
    fired: ['EA-5', 'EA-LN2'],
    notFired: ['EA-L1', 'EA-LN1'],
  },
  {
    name: 'a kept trial recruiting near home makes clinical trials strong',
    answers: variant(empty, { residenceState: 'OH', trials: { status: 'looking', travel: 'near-home', saved: [{ nctId: 'NCT99999901', title: 'A Study', status: 'RECRUITING', retrievedOn: '2026-11-30', nearestSite: { city: 'Columbus', state: 'Ohio', distanceMiles: 3 } }] } }),
    fits: { 'clinical-trials': 'strong' },
    fired: ['CT-S1'],
    notFired: ['CT-5', 'CT-SN1'],
  },
  {
    name: 'a kept trial that is no longer recruiting says so, and strengthens nothing',
    answers: variant(empty, { trials: { status: 'looking', travel: 'anywhere-in-us', saved: [{ nctId: 'NCT99999902', title: 'A Finished Study', status: 'COMPLETED', retrievedOn: '2026-11-30' }] } }),
    fits: { 'clinical-trials': 'possible' },
    fired: ['CT-5', 'CT-SN1'],
    notFired: ['CT-S1'],
  },
  {
    name: 'a kept trial not looked up (registry unreachable) says its status is not known, and strengthens nothing',
    answers: variant(empty, { trials: { status: 'looking', travel: 'anywhere-in-us', saved: [{ nctId: 'NCT01234567', title: '', status: 'NOT_LOOKED_UP', retrievedOn: '2026-11-30' }] } }),
    fits: { 'clinical-trials': 'possible' },
    fired: ['CT-5', 'CT-SN2'],
    notFired: ['CT-S1', 'CT-SN1'],
  },
  {
    name: 'drug approved in another country only: not FDA-approved, so not off-label; expanded access and Right to Try stay open',
    answers: variant(investigationalReady, { drugOfInterest: { name: 'examplumab', approval: 'approved-outside-us-only' } }),
    fits: { 'off-label': 'unlikely', 'expanded-access': 'possible', 'right-to-try': 'possible' },
    fired: ['OL-2b', 'EA-4b', 'RT-4b'],
    notFired: ['OL-2', 'EA-5', 'RT-5'],
  },
  {
    name: 'drug approved in another country only, still looking at trials: a trial first for Right to Try',
    answers: variant(investigationalReady, { drugOfInterest: { approval: 'approved-outside-us-only' }, trials: { status: 'looking' } }),
    fits: { 'off-label': 'unlikely', 'expanded-access': 'possible', 'right-to-try': 'unlikely' },
    fired: ['OL-2b', 'EA-4b', 'EA-N5', 'RT-4'],
  },
  {
    name: 'empty answers: everything possible, and says it cannot tell yet',
    answers: empty,
    fits: { 'off-label': 'possible', 'expanded-access': 'possible', 'right-to-try': 'possible', 'patient-assistance': 'possible', 'clinical-trials': 'possible' },
    fired: ['OL-7', 'EA-7', 'EA-N3', 'RT-8', 'PA-6', 'CT-7'],
  },
  {
    name: 'drug approved for another cancer, on Medicare, oncologist willing',
    answers: medicareOffLabel,
    fits: { 'off-label': 'strong', 'expanded-access': 'unlikely', 'right-to-try': 'unlikely', 'patient-assistance': 'possible', 'clinical-trials': 'strong' },
    fired: ['OL-4', 'OL-N1', 'OL-N6', 'EA-4', 'RT-2', 'PA-4', 'PA-N2', 'CT-3', 'CT-N3'],
    notFired: ['OL-N2', 'OL-N5', 'PA-N5'],
  },
  {
    name: 'drug approved for another use, but the oncologist is not open',
    answers: variant(medicareOffLabel, { careTeam: { oncologistOpenToHelp: 'no' } }),
    fits: { 'off-label': 'possible' },
    fired: ['OL-3', 'OL-N1'],
    notFired: ['OL-4'],
  },
  {
    name: 'findings listed, no drug named yet',
    answers: withFindings,
    fits: { 'off-label': 'possible', 'clinical-trials': 'possible' },
    // OL-7 agrees (also "possible") and says the drug is still unknown.
    fired: ['OL-5', 'OL-7', 'CT-7', 'CT-N6'],
    notFired: ['OL-6'],
  },
  {
    name: 'not sure whether the drug is approved',
    answers: variant(empty, { drugOfInterest: { approval: 'unsure' } }),
    fits: { 'off-label': 'possible', 'expanded-access': 'possible', 'right-to-try': 'possible' },
    fired: ['OL-6', 'EA-7', 'RT-8'],
  },
  {
    name: 'Medicare Advantage and unsure approval: compendia note still shown',
    answers: variant(empty, { drugOfInterest: { approval: 'unsure' }, insurance: { coverage: 'medicare-advantage' } }),
    fired: ['OL-6', 'OL-N1', 'PA-N2', 'CT-N10'],
    notFired: ['CT-N3'],
  },
  {
    name: 'private plan, drug approved elsewhere: state laws, co-pay cards, trial costs by law',
    answers: variant(medicareOffLabel, { insurance: { coverage: 'private' } }),
    fired: ['OL-4', 'OL-N2', 'PA-N5', 'CT-N2'],
    notFired: ['OL-N1', 'PA-N2'],
  },
  {
    name: 'Medicaid, drug approved elsewhere',
    answers: variant(medicareOffLabel, { insurance: { coverage: 'medicaid' } }),
    fired: ['OL-N7', 'PA-N3', 'CT-N4'],
    notFired: ['PA-N5', 'OL-N3'],
  },
  {
    name: 'military or VA coverage',
    answers: variant(medicareOffLabel, { insurance: { coverage: 'military-va' } }),
    fired: ['OL-N3', 'PA-N4', 'CT-N11'],
    notFired: ['PA-N5', 'CT-N5'],
  },
  {
    name: 'another kind of coverage',
    answers: variant(medicareOffLabel, { insurance: { coverage: 'other' } }),
    fired: ['OL-N3', 'PA-N6', 'CT-N5'],
  },
  {
    name: 'no insurance, drug approved elsewhere',
    answers: variant(medicareOffLabel, { insurance: { coverage: 'uninsured', deniedBefore: undefined } }),
    fits: { 'patient-assistance': 'strong' },
    fired: ['OL-4', 'OL-N4', 'PA-1', 'PA-N7', 'CT-N5'],
  },
  {
    name: 'drug approved for my cancer and an insurer refused before (conflicting)',
    answers: variant(uninsuredOnLabel, { insurance: { coverage: 'private', deniedBefore: true } }),
    fits: { 'off-label': 'unlikely', 'expanded-access': 'unlikely', 'right-to-try': 'unlikely', 'patient-assistance': 'strong' },
    fired: ['OL-1', 'OL-N5', 'EA-2', 'EA-3', 'RT-2', 'RT-3', 'PA-2', 'PA-3', 'PA-N5', 'PA-N9'],
    notFired: ['OL-4', 'PA-1'],
  },
  {
    name: 'uninsured, drug approved for this cancer, options left',
    answers: uninsuredOnLabel,
    fits: { 'patient-assistance': 'strong', 'off-label': 'unlikely', 'expanded-access': 'unlikely', 'right-to-try': 'unlikely', 'clinical-trials': 'possible' },
    fired: ['OL-1', 'EA-2', 'EA-3', 'RT-2', 'RT-3', 'PA-1', 'PA-2', 'PA-N7', 'PA-N12', 'CT-5', 'CT-N5', 'CT-N8'],
    notFired: ['OL-N4', 'PA-N8', 'PA-N9'],
  },
  {
    name: 'uninsured but says cost is no worry (conflicting)',
    answers: variant(uninsuredOnLabel, { insurance: { costConcern: 'none' } }),
    fits: { 'patient-assistance': 'strong' },
    fired: ['PA-1', 'PA-N1'],
    notFired: ['PA-5'],
  },
  {
    name: 'not approved, options used up, not eligible for trials',
    answers: investigationalReady,
    fits: { 'expanded-access': 'strong', 'right-to-try': 'possible', 'off-label': 'unlikely', 'patient-assistance': 'possible', 'clinical-trials': 'possible' },
    fired: ['OL-2', 'EA-5', 'EA-N1', 'RT-5', 'RT-7', 'PA-4', 'PA-N5', 'CT-6', 'CT-N2', 'CT-N6', 'CT-N9'],
    notFired: ['EA-N5', 'EA-6'],
  },
  {
    name: 'not approved but approved options remain',
    answers: variant(investigationalReady, { treatments: { standardOptionsLeft: 'yes' } }),
    fits: { 'expanded-access': 'unlikely', 'right-to-try': 'unlikely' },
    fired: ['EA-3', 'RT-3'],
    notFired: ['EA-N1', 'EA-N4'],
  },
  {
    name: 'not approved, still looking for trials',
    answers: notApprovedLooking,
    fits: { 'expanded-access': 'possible', 'right-to-try': 'unlikely', 'clinical-trials': 'strong' },
    fired: ['EA-6', 'EA-N5', 'RT-4', 'CT-3', 'CT-4'],
  },
  {
    name: 'not approved, not sure if options remain, oncologist unsure',
    answers: variant(investigationalReady, { treatments: { standardOptionsLeft: 'unsure' }, careTeam: { oncologistOpenToHelp: 'unsure' } }),
    fits: { 'expanded-access': 'possible', 'right-to-try': 'possible' },
    fired: ['EA-6', 'EA-N3', 'EA-N4', 'RT-7'],
    notFired: ['EA-5', 'RT-5'],
  },
  {
    name: 'not approved, oncologist not open',
    answers: variant(investigationalReady, { careTeam: { oncologistOpenToHelp: 'no', setting: 'academic-center' } }),
    fired: ['EA-N2'],
    notFired: ['EA-N1', 'EA-N3'],
  },
  {
    name: 'not approved, not interested in trials',
    answers: variant(investigationalReady, { trials: { status: 'not-interested' } }),
    fits: { 'expanded-access': 'possible', 'right-to-try': 'possible', 'clinical-trials': 'unlikely' },
    fired: ['EA-6', 'RT-6', 'RT-7', 'CT-2'],
    notFired: ['CT-N2', 'CT-N6', 'CT-N9'],
  },
  {
    name: 'already in a trial',
    answers: inTrial,
    fits: { 'clinical-trials': 'strong', 'expanded-access': 'unlikely', 'right-to-try': 'unlikely', 'patient-assistance': 'unlikely', 'off-label': 'unlikely' },
    fired: ['OL-2', 'EA-1', 'RT-1', 'PA-5', 'PA-N5', 'CT-1', 'CT-N2'],
    notFired: ['CT-N1', 'EA-N1', 'CT-N6'],
  },
  {
    name: 'in a trial but no approved options left (conflicting)',
    answers: variant(inTrial, { treatments: { standardOptionsLeft: 'no' } }),
    fits: { 'clinical-trials': 'strong', 'expanded-access': 'unlikely', 'right-to-try': 'unlikely' },
    fired: ['CT-1', 'CT-N1', 'EA-1', 'RT-1'],
  },
  {
    name: 'insurer refused before, cost not a worry (conflicting)',
    answers: variant(inTrial, { insurance: { deniedBefore: true } }),
    fits: { 'patient-assistance': 'strong' },
    fired: ['PA-3'],
    notFired: ['PA-5'],
  },
  {
    name: 'major cost worry and a refusal: both reasons',
    answers: variant(medicareOffLabel, { insurance: { costConcern: 'major', deniedBefore: true } }),
    fits: { 'patient-assistance': 'strong' },
    fired: ['PA-2', 'PA-3', 'PA-N2', 'OL-N5'],
  },
  {
    name: 'early stage, no approved options left, looking for trials',
    answers: variant(earlyWithOptions, { treatments: { standardOptionsLeft: 'no' } }),
    fits: { 'clinical-trials': 'strong' },
    fired: ['CT-4'],
    notFired: ['CT-3'],
  },
  {
    name: 'early stage with options left, looking near home',
    answers: earlyWithOptions,
    fits: { 'clinical-trials': 'possible', 'off-label': 'possible', 'patient-assistance': 'unlikely' },
    fired: ['CT-5', 'CT-N2', 'CT-N8', 'OL-6', 'PA-5'],
  },
  // Income against the 2026 poverty guideline (issue 12): household 3, guideline $27,320.
  {
    name: 'income given without a household size: no percent, asks for the household',
    answers: variant(medicareOffLabel, { insurance: { yearlyIncome: 30000, householdSize: undefined } }),
    fired: ['PA-N8'],
    notFired: ['PA-N9', 'PA-N13'],
  },
  {
    name: 'Medicare, income under 150% of the guideline: Extra Help and CancerCare limits',
    answers: variant(medicareOffLabel, { insurance: { householdSize: 3, yearlyIncome: 30000 } }),
    fired: ['PA-N9', 'PA-N13'],
    notFired: ['PA-N8', 'PA-N10'],
  },
  {
    name: 'private plan, income between 400% and 500%: HealthWell funds by fund',
    answers: variant(medicareOffLabel, { insurance: { coverage: 'private', householdSize: 1, yearlyIncome: 70000 } }),
    fired: ['PA-N10'],
    notFired: ['PA-N9', 'PA-N11', 'PA-N13'],
  },
  {
    name: 'private plan, income over 500%: above the usual limits',
    answers: variant(medicareOffLabel, { insurance: { coverage: 'private', householdSize: 1, yearlyIncome: 500000 } }),
    fired: ['PA-N11'],
    notFired: ['PA-N9', 'PA-N10'],
  },
  // Medicare Part B (in the clinic) or Part D (at home), and the second coverage (issue 12, item 4).
  {
    name: 'Original Medicare, drug given in the clinic: Part B, 20% with no yearly limit; Medigap may pay it',
    answers: variant(medicareOffLabel, { drugOfInterest: { givenHow: 'in-clinic' }, insurance: { secondary: 'medigap' } }),
    fired: ['PA-N14', 'PA-N15'],
    notFired: ['PA-N16', 'PA-N17'],
  },
  {
    name: 'Medicare Advantage, drug given in the clinic: the plan has a yearly limit',
    answers: variant(medicareOffLabel, { drugOfInterest: { givenHow: 'in-clinic' }, insurance: { coverage: 'medicare-advantage' } }),
    fired: ['PA-N16'],
    notFired: ['PA-N14', 'PA-N17'],
  },
  {
    name: 'Medicare, drug taken at home: Part D, the cap and the payment plan',
    answers: variant(medicareOffLabel, { drugOfInterest: { givenHow: 'at-home' } }),
    fired: ['PA-N17'],
    notFired: ['PA-N14', 'PA-N16'],
  },
  {
    name: 'a child (17) and a drug not approved: Kids v Cancer, no Medicare words',
    answers: variant(investigationalReady, { age: 17 }),
    fired: ['EA-N6'],
  },
  {
    name: 'an adult (18): no Kids v Cancer',
    answers: variant(investigationalReady, { age: 18 }),
    notFired: ['EA-N6'],
  },
  {
    name: 'never tested, looking for trials, on Medicaid',
    answers: untestedLooking,
    fits: { 'clinical-trials': 'strong' },
    fired: ['CT-3', 'CT-N4', 'CT-N7', 'CT-N9', 'PA-4', 'PA-N3'],
  },
];

describe('the decision table, persona by persona', () => {
  it.each(CASES)('$name', ({ answers, fits = {}, fired = [], notFired = [] }) => {
    const { evaluation, trace } = evaluateWithTrace(answers, en);
    for (const [id, fit] of Object.entries(fits)) {
      expect(evaluation.pathways.find((p) => p.id === id)?.fit, id).toBe(fit);
    }
    const allFired = Object.values(trace).flatMap((t) => t.reasonRules);
    for (const rule of fired) expect(allFired, `${rule} should fire`).toContain(rule);
    for (const rule of notFired) expect(allFired, `${rule} should not fire`).not.toContain(rule);
    // Every fired rule shows as exactly one reason, in the same order.
    for (const pathway of evaluation.pathways) {
      expect(pathway.reasons.map((r) => r.rule)).toEqual(trace[pathway.id].reasonRules);
      expect(trace[pathway.id].reasonRules[0]).toBe(trace[pathway.id].fitRule);
    }
  });

  it('exercises every row of the table in the cases above', () => {
    const fired = new Set(CASES.flatMap((c) => c.fired ?? []));
    const unexercised = PATHWAY_RULES.map((r) => r.id).filter((id) => !fired.has(id));
    expect(unexercised).toEqual([]);
  });

  it('gives each rule a unique id', () => {
    const ids = PATHWAY_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('insurance-specific advice', () => {
  const stepsOf = (answers: Answers, id: PathwayId) => evaluateWithTrace(answers, en).evaluation.pathways.find((p) => p.id === id)!;

  it('tells Medicare patients about the drug compendia for off-label use', () => {
    const offLabel = stepsOf(medicareOffLabel, 'off-label');
    expect(offLabel.steps.join(' ')).toMatch(/compendium Medicare accepts/);
    expect(offLabel.questions.join(' ')).toMatch(/compendium/);
    expect(offLabel.reasons.map((r) => r.text).join(' ')).toMatch(/Medicare pays for off-label cancer drugs/);
  });

  it('does not talk about Medicare compendia to a private plan', () => {
    const offLabel = stepsOf(variant(medicareOffLabel, { insurance: { coverage: 'private' } }), 'off-label');
    expect(JSON.stringify(offLabel)).not.toMatch(/compendium/i);
  });

  it('after a refusal, explains the appeal for a private plan: internal appeal in 180 days, then external review', () => {
    const answers = variant(medicareOffLabel, { insurance: { coverage: 'private', deniedBefore: true } });
    const evaluation = evaluateWithTrace(answers, en).evaluation;
    const assistance = evaluation.pathways.find((p) => p.id === 'patient-assistance')!;
    expect(assistance.steps.join(' ')).toMatch(/internal appeal within 180 days.*external review within 4 months.*72 hours/);
    expect(evaluation.firstSteps.map((s) => s.id)).toContain('appeal-denial');
  });

  it('after a refusal, gives Medicare its own appeal (redetermination), never the 180-day advice', () => {
    for (const coverage of ['medicare', 'medicare-advantage'] as const) {
      const answers = variant(medicareOffLabel, { insurance: { coverage, deniedBefore: true } });
      const evaluation = evaluateWithTrace(answers, en).evaluation;
      const assistance = evaluation.pathways.find((p) => p.id === 'patient-assistance')!;
      expect(assistance.steps.join(' '), coverage).toMatch(/redetermination\) within 65 days/);
      expect(JSON.stringify(evaluation), coverage).not.toMatch(/180 days/);
    }
    const original = stepsOf(variant(medicareOffLabel, { insurance: { coverage: 'medicare', deniedBefore: true } }), 'patient-assistance');
    expect(original.steps.join(' ')).toMatch(/120 days of your Medicare Summary Notice \(check current details\)/);
    const advantage = stepsOf(variant(medicareOffLabel, { insurance: { coverage: 'medicare-advantage', deniedBefore: true } }), 'patient-assistance');
    expect(advantage.steps.join(' ')).toMatch(/reconsider within 65 days of its notice \(check current details\)/);
  });

  it('after a refusal, sends Medicaid to the fair hearing and the deadline on the letter', () => {
    const assistance = stepsOf(variant(medicareOffLabel, { insurance: { coverage: 'medicaid', deniedBefore: true } }), 'patient-assistance');
    expect(assistance.steps.join(' ')).toMatch(/state fair hearing.*Read the deadline on your letter/);
    expect(assistance.steps.join(' ')).not.toMatch(/180 days|redetermination/);
  });

  it('offers a co-pay card to private and marketplace plans', () => {
    for (const coverage of ['private', 'marketplace'] as const) {
      const assistance = stepsOf(variant(medicareOffLabel, { insurance: { coverage } }), 'patient-assistance');
      expect(assistance.steps.join(' ')).toMatch(/Ask the drug company if it has a co-pay card/);
    }
  });

  it('says plainly that co-pay cards cannot be used with federal coverage, and what can', () => {
    for (const coverage of ['medicare', 'medicare-advantage', 'medicaid', 'military-va'] as const) {
      const assistance = stepsOf(variant(medicareOffLabel, { insurance: { coverage } }), 'patient-assistance');
      const all = [...assistance.reasons.map((r) => r.text), ...assistance.steps].join(' ');
      expect(all, coverage).toMatch(/co-pay cards cannot be used/);
      expect(all, coverage).toMatch(/[Cc]harity foundations/);
      expect(all, coverage).toMatch(/hospital financial assistance|financial assistance policy/);
      expect(all, coverage).not.toMatch(/Ask the drug company if it has a co-pay card/);
    }
  });

  it('gives Medicare patients Extra Help, the Part D cap and the payment plan', () => {
    const steps = stepsOf(medicareOffLabel, 'patient-assistance').steps.join(' ');
    expect(steps).toMatch(/Extra Help/);
    expect(steps).toMatch(/Part D yearly cap.*check current details/);
    expect(steps).toMatch(/Medicare Prescription Payment Plan/);
  });

  it.each([
    ['private', /Public Health Service Act section 2709/],
    ['marketplace', /Public Health Service Act section 2709/],
    ['medicare', /National Coverage Determination 310\.1/],
    ['medicare-advantage', /Original Medicare pays the routine care costs.*does not have to be in your plan's network/],
    ['military-va', /TRICARE and the VA cover trials sponsored by the National Cancer Institute/],
    ['medicaid', /since January 1, 2022, Medicaid must cover routine care costs/],
    ['uninsured', /ask the trial team and your plan who pays/],
  ] as const)('explains trial routine-cost coverage for %s', (coverage, words) => {
    const trials = stepsOf(variant(untestedLooking, { insurance: { coverage } }), 'clinical-trials');
    expect(trials.reasons.map((r) => r.text).join(' ')).toMatch(words);
  });

  it('always puts Right to Try beside expanded access, with its trade-offs', () => {
    for (const answers of [empty, investigationalReady, medicareOffLabel, uninsuredOnLabel, inTrial]) {
      const evaluation = evaluateWithTrace(answers, en).evaluation;
      const rtt = evaluation.pathways.find((p) => p.id === 'right-to-try')!;
      expect(rtt.steps.join(' ')).toMatch(/Ask about expanded access first/);
      expect(rtt.steps.join(' ')).toMatch(/fewer safety checks/);
      expect(rtt.steps.join(' ')).toMatch(/No insurer has to pay/);
      if (answers.trials?.status !== 'in-a-trial') {
        const ea = evaluation.pathways.find((p) => p.id === 'expanded-access')!;
        expect(ea.steps.join(' ')).toMatch(/Ask about Right to Try too/);
      }
    }
  });

  it('in a trial, the trial advice is about that trial and what comes after', () => {
    const trials = stepsOf(inTrial, 'clinical-trials');
    expect(trials.steps.join(' ')).toMatch(/when the trial ends/);
    expect(trials.questions.join(' ')).toMatch(/What happens when the trial ends/);
    expect(trials.steps.join(' ')).not.toMatch(/Search ClinicalTrials\.gov/);
  });

  it('"looked but not eligible" is not the end', () => {
    const trials = stepsOf(investigationalReady, 'clinical-trials');
    expect(trials.reasons[0]!.text).toMatch(/not the end/);
    expect(trials.steps.join(' ')).toMatch(/Look again/);
  });

  it('names the drug the person typed, and a neutral phrase when none was typed', () => {
    expect(stepsOf(medicareOffLabel, 'off-label').reasons[0]!.text).toContain('trametinib');
    expect(stepsOf(inTrial, 'off-label').reasons[0]!.text).toContain('the drug you asked about');
  });
});

describe('first steps', () => {
  const ids = (answers: Answers) => evaluateWithTrace(answers, en).evaluation.firstSteps.map((s) => s.id);

  it.each([
    ['not tested', 'biomarker-testing', variant(empty, { biomarkers: { testing: 'not-done' } }), /Ask your oncologist about biomarker testing/],
    ['unsure about testing', 'biomarker-testing', variant(empty, { biomarkers: { testing: 'unsure' } }), /Ask your oncologist about biomarker testing/],
    ['testing not answered', 'biomarker-testing', empty, /Find out if your tumor has had biomarker testing/],
    ['oncologist unsure, community practice', 'second-opinion', untestedLooking, /second opinion at an academic cancer center/],
    ['oncologist not open, academic centre', 'second-opinion', variant(empty, { careTeam: { oncologistOpenToHelp: 'no', setting: 'academic-center' } }), /tumor board at your cancer center/],
    ['insurer refused', 'appeal-denial', variant(empty, { insurance: { deniedBefore: true } }), /Appeals have time limits/],
    ['always', 'gather-documents', investigationalReady, /pathology and biomarker reports/],
    ['always', 'care-team-decides', investigationalReady, /decide together/],
  ] as const)('%s -> %s', (_name, id, answers, words) => {
    const step = evaluateWithTrace(answers, en).evaluation.firstSteps.find((s) => s.id === id);
    expect(step?.text).toMatch(words);
  });

  it('leaves out testing and a second opinion when they are done with', () => {
    expect(ids(investigationalReady)).not.toContain('biomarker-testing');
    expect(ids(investigationalReady)).not.toContain('second-opinion');
    expect(ids(investigationalReady)).not.toContain('appeal-denial');
  });

  it('bases the second-opinion step on the oncologist and setting answers', () => {
    const step = evaluateWithTrace(untestedLooking, en).evaluation.firstSteps.find((s) => s.id === 'second-opinion');
    expect(step?.basedOn).toEqual(['careTeam.oncologistOpenToHelp', 'careTeam.setting']);
  });
});

describe('missing answers', () => {
  const missing = (answers: Answers) => evaluateWithTrace(answers, en).evaluation.missing;

  it('lists every main question for an empty file, most useful first', () => {
    expect(missing(empty)).toEqual([
      'drugOfInterest.approval',
      'insurance.coverage',
      'treatments.standardOptionsLeft',
      'trials.status',
      'biomarkers.testing',
      'diagnosis.cancerType',
      'insurance.costConcern',
      'careTeam.oncologistOpenToHelp',
      'insurance.deniedBefore',
      'diagnosis.stage',
      'age',
      'treatments.tried',
    ]);
  });

  it('asks for age only where the children’s content depends on it (Medicare words, Kids v Cancer)', () => {
    const onLabelAdult = variant(uninsuredOnLabel, { careTeam: { oncologistOpenToHelp: 'yes' } });
    expect(missing(onLabelAdult)).not.toContain('age');
    // Medicare: its words are for adults only.
    expect(missing(variant(onLabelAdult, { insurance: { coverage: 'medicare' } }))).toContain('age');
    expect(missing(variant(onLabelAdult, { insurance: { coverage: 'medicare-advantage' } }))).toContain('age');
    // A drug not approved in the US: Kids v Cancer helps a child's doctor ask for expanded access, unless in a trial.
    expect(missing(investigationalReady)).toContain('age');
    expect(missing(variant(investigationalReady, { trials: { status: 'in-a-trial' } }))).not.toContain('age');
    // Once given, age is not missing, whichever side of 18.
    for (const age of [17, 18]) expect(missing(variant(investigationalReady, { age }))).not.toContain('age');
    expect(missing(variant(onLabelAdult, { age: 17, insurance: { coverage: 'medicare' } }))).not.toContain('age');
  });

  it('asks for findings only when testing was done', () => {
    expect(missing(variant(empty, { biomarkers: { testing: 'done' } }))).toContain('biomarkers.findings');
    expect(missing(variant(empty, { biomarkers: { testing: 'not-done' } }))).not.toContain('biomarkers.findings');
  });

  it('asks for household and income only when cost is a concern or there is no insurance', () => {
    expect(missing(investigationalReady)).toEqual(['age', 'insurance.householdSize', 'insurance.yearlyIncome']);
    expect(missing(variant(investigationalReady, { insurance: { costConcern: 'none' } }))).toEqual(['age']);
    expect(missing(variant(empty, { insurance: { coverage: 'uninsured', costConcern: 'none' } }))).toContain('insurance.yearlyIncome');
  });

  it('asks where to search only when the person may search for trials', () => {
    expect(missing(variant(empty, { trials: { status: 'looking' } }))).toEqual(expect.arrayContaining(['trials.travel', 'trials.zip']));
    expect(missing(variant(empty, { trials: { status: 'in-a-trial' } }))).not.toContain('trials.zip');
  });

  it('counts "unsure" as something to sharpen', () => {
    expect(missing(medicareOffLabel)).toContain('treatments.standardOptionsLeft');
    expect(missing(uninsuredOnLabel)).toEqual(['careTeam.oncologistOpenToHelp']);
  });
});
