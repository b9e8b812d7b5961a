import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answers, SavedTrial } from '../../../src/domain/answers.schema';
import { parseAnswers } from '../../../src/domain/parse-answers';
import type { PathwayId } from '../../../src/domain/evaluation.schema';
import { evaluate, type EvaluationContent } from '../../../src/rules/evaluate';
import { lookupFacetsOf, withinTravelRange } from '../../../src/rules/lookup-facets';
import { notLookedUpTrial } from '../../../src/domain/saved-trial';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';
import { empty, investigationalReady, variant } from '../../fixtures/personas';

const pathway = (answers: Answers, id: PathwayId, words: EvaluationContent = en) => evaluate(answers, words).pathways.find((p) => p.id === id)!;

const available = { nctId: 'NCT99999911', title: '(made by hand) Expanded Access Program for Examplinib', status: 'AVAILABLE' };
const closedRecord = { nctId: 'NCT99999912', title: '(made by hand) Expanded Access, Finished', status: 'NO_LONGER_AVAILABLE' };

function trial(over: Partial<SavedTrial>): SavedTrial {
  return { nctId: 'NCT99999901', title: '(made by hand) A Study', status: 'RECRUITING', retrievedOn: '2026-11-27', ...over };
}

describe('expanded-access records (drugOfInterest.expandedAccess)', () => {
  const withRecords = (records: (typeof available)[], approval: 'unsure' | 'not-approved' = 'unsure') =>
    variant(investigationalReady, { drugOfInterest: { name: 'examplinib', approval, expandedAccess: { retrievedOn: '2026-11-30', query: 'examplinib', records } } });

  it('an AVAILABLE record: strong, the reason names the NCT number and the day looked up, based on the lookup', () => {
    const ea = pathway(withRecords([closedRecord, available]), 'expanded-access');
    expect(ea.fit).toBe('strong');
    const reason = ea.reasons[0]!;
    expect(reason.text).toContain('NCT99999911');
    expect(reason.text).toContain('November 30, 2026');
    expect(reason.text).not.toContain('NCT99999912');
    expect(reason.basedOn).toEqual(['drugOfInterest.expandedAccess']);
    expect(ea.steps.some((s) => s.startsWith('Ask the company about this program') && s.includes('NCT99999911'))).toBe(true);
  });

  it('none listed: says so, the single-patient route remains, the company policy and the Reagan-Udall navigator are next', () => {
    const ea = pathway(withRecords([], 'not-approved'), 'expanded-access');
    const reason = ea.reasons.find((r) => r.text.includes('listed no expanded access program'))!;
    expect(reason.text).toContain('examplinib');
    expect(reason.text).toContain('November 30, 2026');
    expect(reason.text).toContain('single-patient');
    expect(reason.text).toContain('Reagan-Udall');
    expect(reason.basedOn).toEqual(['drugOfInterest.expandedAccess']);
    expect(ea.steps.some((s) => s.startsWith('Ask the company about this program'))).toBe(false);
  });

  it('listed but not available: names the records and keeps the single-patient route', () => {
    const ea = pathway(withRecords([closedRecord], 'not-approved'), 'expanded-access');
    const reason = ea.reasons.find((r) => r.text.includes('NCT99999912'))!;
    expect(reason.text).toContain('none of it is available now');
    expect(reason.text).toContain('single-patient');
  });

  it('no lookup made: no reason speaks of a lookup', () => {
    const ea = pathway(investigationalReady, 'expanded-access');
    expect(ea.reasons.every((r) => !r.basedOn.includes('drugOfInterest.expandedAccess'))).toBe(true);
  });

  it('says it in Spanish too, with the day in Spanish', () => {
    const ea = pathway(withRecords([available]), 'expanded-access', es);
    expect(ea.reasons[0]!.text).toContain('NCT99999911');
    expect(ea.reasons[0]!.text).toContain('30 de noviembre de 2026');
  });
});

describe('kept trials (trials.saved)', () => {
  const ohio = (travel: 'near-home' | 'in-my-state' | 'anywhere-in-us' | undefined, saved: SavedTrial[]) =>
    variant(empty, { residenceState: 'OH', diagnosis: { cancerType: 'pancreatic', stage: 'early' }, trials: { status: 'looking', ...(travel ? { travel } : {}), saved } });

  it('near home: within 50 miles is in range, 51 is not, no distance is not', () => {
    const a = ohio('near-home', []);
    expect(withinTravelRange(trial({ nearestSite: { distanceMiles: 50 } }), a)).toBe(true);
    expect(withinTravelRange(trial({ nearestSite: { distanceMiles: 51 } }), a)).toBe(false);
    expect(withinTravelRange(trial({ nearestSite: { city: 'Columbus' } }), a)).toBe(false);
  });

  it('in my state: a site in the state of residence, by name or code', () => {
    const a = ohio('in-my-state', []);
    expect(withinTravelRange(trial({ nearestSite: { state: 'Ohio', distanceMiles: 140 } }), a)).toBe(true);
    expect(withinTravelRange(trial({ nearestSite: { state: 'OH' } }), a)).toBe(true);
    expect(withinTravelRange(trial({ nearestSite: { state: 'Michigan', distanceMiles: 20 } }), a)).toBe(false);
    expect(withinTravelRange(trial({ nearestSite: { state: 'Ohio' } }), variant(a, { residenceState: undefined }))).toBe(false);
  });

  it('anywhere in the US: any site; no travel answer: range unknown', () => {
    expect(withinTravelRange(trial({}), ohio('anywhere-in-us', []))).toBe(true);
    expect(withinTravelRange(trial({ nearestSite: { distanceMiles: 1 } }), ohio(undefined, []))).toBe(false);
  });

  it('a recruiting trial in range: strong, the reason names it and the day, based on trials.saved', () => {
    const ct = pathway(ohio('near-home', [trial({ nearestSite: { city: 'Columbus', state: 'Ohio', distanceMiles: 4 } })]), 'clinical-trials');
    expect(ct.fit).toBe('strong');
    expect(ct.reasons[0]!.text).toContain('NCT99999901');
    expect(ct.reasons[0]!.text).toContain('November 27, 2026');
    expect(ct.reasons[0]!.basedOn).toEqual(['trials.saved', 'trials.travel']);
  });

  it('a recruiting trial out of range does not make the road strong', () => {
    const answers = ohio('near-home', [trial({ nearestSite: { city: 'Boston', distanceMiles: 640 } })]);
    expect(lookupFacetsOf(answers)['trials.saved']).toBe('recruiting-elsewhere');
    expect(pathway(answers, 'clinical-trials').fit).toBe('possible');
  });

  it('not yet recruiting is neither strong nor "no longer recruiting"', () => {
    const answers = ohio('anywhere-in-us', [trial({ status: 'NOT_YET_RECRUITING' })]);
    expect(lookupFacetsOf(answers)).toMatchObject({ 'trials.saved': 'none-recruiting', 'trials.savedClosed': 'none' });
    expect(pathway(answers, 'clinical-trials').reasons.some((r) => r.basedOn.includes('trials.saved'))).toBe(false);
  });

  it('a kept trial no longer recruiting says so, naming it, beside a recruiting one', () => {
    const ct = pathway(
      ohio('anywhere-in-us', [trial({}), trial({ nctId: 'NCT99999905', title: '(made by hand) Closed Study', status: 'ACTIVE_NOT_RECRUITING', retrievedOn: '2026-10-01' })]),
      'clinical-trials',
    );
    expect(ct.fit).toBe('strong');
    const closed = ct.reasons.find((r) => r.text.includes('no longer recruiting'))!;
    expect(closed.text).toContain('NCT99999905');
    expect(closed.text).toContain('October 1, 2026');
    expect(closed.basedOn).toEqual(['trials.saved']);
  });

  it('a trial kept without being looked up: not strong, never "no longer recruiting", a reason naming it says its status is not known', () => {
    const answers = ohio('anywhere-in-us', [notLookedUpTrial('NCT01234567', '2026-11-30')]);
    expect(lookupFacetsOf(answers)).toMatchObject({ 'trials.saved': 'not-answered', 'trials.savedClosed': 'none', 'trials.savedNotLookedUp': 'some' });
    const ct = pathway(answers, 'clinical-trials');
    expect(ct.fit).toBe('possible');
    expect(ct.reasons.some((r) => r.text.includes('no longer recruiting'))).toBe(false);
    const reason = ct.reasons.find((r) => r.text.includes('NCT01234567'))!;
    expect(reason.text).toContain('Its status is not known yet');
    expect(reason.text).toContain('Ask the trial team whether it is recruiting');
    expect(reason.basedOn).toEqual(['trials.saved']);
    expect(reason.text).not.toContain('undefined');
    const es1 = pathway(answers, 'clinical-trials', es).reasons.find((r) => r.text.includes('NCT01234567'))!;
    expect(es1.text).toContain('Aún no se sabe su estado');
  });

  it('a trial not looked up beside a recruiting one in range: the looked-up one still makes the road strong', () => {
    const ct = pathway(ohio('anywhere-in-us', [notLookedUpTrial('NCT01234567', '2026-11-30'), trial({})]), 'clinical-trials');
    expect(ct.fit).toBe('strong');
    expect(ct.reasons[0]!.text).toContain('NCT99999901');
    expect(ct.reasons.some((r) => r.text.includes('NCT01234567') && r.text.includes('not known yet'))).toBe(true);
  });

  it('not interested in trials: a kept trial does not override that', () => {
    const answers = variant(ohio('anywhere-in-us', [trial({})]), { trials: { status: 'not-interested' } });
    expect(pathway(answers, 'clinical-trials').fit).toBe('unlikely');
  });
});

describe('the v2-saved-trial scenario', () => {
  const scenario = JSON.parse(readFileSync(new URL('../../fixtures/scenarios/v2-saved-trial.json', import.meta.url), 'utf8')) as {
    answers: unknown;
  };

  it('holds: clinical trials strong, a reason based on trials.saved that names NCT06970236', () => {
    const parsed = parseAnswers(scenario.answers);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const ct = pathway(parsed.answers, 'clinical-trials');
    expect(ct.fit).toBe('strong');
    const reason = ct.reasons.find((r) => r.basedOn.includes('trials.saved'))!;
    expect(reason.text).toContain('NCT06970236');
    expect(reason.text).toContain('November 27, 2026');
  });
});
