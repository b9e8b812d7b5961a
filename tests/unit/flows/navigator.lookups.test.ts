import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { navigatorMachine, type NavigatorContext } from '../../../flows/navigator.machine';
import type { NavigatorSnapshot } from '../../../flows/navigator.selectors';
import { submitEvent } from '../../../flows/navigator.events';
import type { Answers, ExpandedAccessLookup, SavedTrial } from '../../../src/domain/answers.schema';

// Issue 11: the ClinicalTrials.gov lookups a page keeps are saved by the navigator where the person
// is (trials.keep, expandedAccess.keep), without moving, and a page's Continue keeps them.

function at(state: NavigatorSnapshot['value'], answers: Omit<Answers, 'schemaVersion'>): NavigatorSnapshot {
  const context: NavigatorContext = { answers: { schemaVersion: 2, ...answers }, returnToReview: state === 'results' };
  return navigatorMachine.resolveState({ value: state, context });
}

const trial = (n: number): SavedTrial => ({ nctId: `NCT${String(n).padStart(8, '0')}`, title: `Trial ${n}`, status: 'RECRUITING', retrievedOn: '2026-11-30' });
const EA: ExpandedAccessLookup = { retrievedOn: '2026-11-30', query: 'examplinib', records: [{ nctId: 'NCT99999911', title: 'Programme', status: 'AVAILABLE' }] };

describe('kept lookups in the navigator', () => {
  it('trials.keep saves the kept trials in trials.saved without moving, beside the other trial answers', () => {
    const [next] = transition(navigatorMachine, at('trialTravel', { trials: { status: 'looking', travel: 'near-home', zip: '43215' } }), {
      type: 'trials.keep',
      saved: [trial(1), trial(2)],
    });
    expect(next.value).toBe('trialTravel');
    expect(next.context.answers.trials).toEqual({ status: 'looking', travel: 'near-home', zip: '43215', saved: [trial(1), trial(2)] });
    // The page's Continue keeps them (its patch holds only its own fields).
    const [after] = transition(navigatorMachine, next, submitEvent('trialTravel', { trials: { travel: 'in-my-state', zip: '43215' } }));
    expect(after.context.answers.trials?.saved).toEqual([trial(1), trial(2)]);
  });

  it('an empty list removes them; more than 20 is refused', () => {
    const start = at('results', { trials: { status: 'looking', saved: [trial(1)] } });
    const [cleared] = transition(navigatorMachine, start, { type: 'trials.keep', saved: [] });
    expect(cleared.value).toBe('results');
    expect(cleared.context.answers.trials).toEqual({ status: 'looking' });
    const [refused] = transition(navigatorMachine, start, { type: 'trials.keep', saved: Array.from({ length: 21 }, (_, i) => trial(i)) });
    expect(refused.context.answers.trials?.saved).toEqual([trial(1)]);
  });

  it('expandedAccess.keep saves the lookup in drugOfInterest.expandedAccess, beside the drug answers', () => {
    const [next] = transition(navigatorMachine, at('results', { drugOfInterest: { name: 'examplinib', approval: 'unsure' } }), {
      type: 'expandedAccess.keep',
      lookup: EA,
    });
    expect(next.value).toBe('results');
    expect(next.context.answers.drugOfInterest).toEqual({ name: 'examplinib', approval: 'unsure', expandedAccess: EA });
  });
});
