import { describe, expect, it } from 'vitest';
import type { SavedTrial } from '../../../src/domain/answers.schema';
import { notLookedUpTrial } from '../../../src/domain/saved-trial';
import { withKept } from '../../../src/steps/trial-search-service';

const lookedUp = (nctId: string, title = 'A study'): SavedTrial => ({ nctId, title, status: 'RECRUITING', retrievedOn: '2026-11-30' });

describe('withKept: trials kept from a search or pasted (issue 11, items 4 and 7)', () => {
  it('adds a trial, and replaces the one with the same number by the newer look-up', () => {
    const first = withKept([], [lookedUp('NCT00000001', 'Old title')]);
    expect(first).toEqual({ kept: [lookedUp('NCT00000001', 'Old title')], refused: 0 });
    const again = withKept(first.kept, [lookedUp('NCT00000001', 'New title')]);
    expect(again.kept).toEqual([lookedUp('NCT00000001', 'New title')]);
  });

  it('a looked-up trial replaces the same number kept without details', () => {
    const { kept } = withKept([notLookedUpTrial('NCT00000001', '2026-11-29')], [lookedUp('NCT00000001')]);
    expect(kept).toEqual([lookedUp('NCT00000001')]);
  });

  it('a number pasted while the registry cannot be reached never wipes out the details already kept', () => {
    const { kept, refused } = withKept([lookedUp('NCT00000001')], [notLookedUpTrial('NCT00000001', '2026-11-30')]);
    expect(kept).toEqual([lookedUp('NCT00000001')]);
    expect(refused).toBe(0);
  });

  it('keeps at most 20 and says how many more were refused', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => lookedUp(`NCT${String(i + 1).padStart(8, '0')}`));
    const { kept, refused } = withKept(twenty, [notLookedUpTrial('NCT99999999', '2026-11-30'), lookedUp('NCT99999998')]);
    expect(kept).toHaveLength(20);
    expect(refused).toBe(2);
  });
});
