import { describe, expect, it } from 'vitest';
import { callWithSamples, collectProse, isNonProseValue } from '../../../src/content/walk-content';

describe('collectProse', () => {
  const bundle = {
    lang: 'en',
    pathways: {
      'off-label': {
        id: 'off-label',
        title: 'Off-label use',
        contacts: [{ name: 'NeedyMeds', phone: '800-503-6897', url: 'https://www.needymeds.org', source: 'https://www.needymeds.org', reviewed: '2026-11-21' }],
        cancerTypeId: 'lung-nsclc',
      },
    },
    ui: {
      step: (current: number, total: number) => `Step ${current} of ${total}`,
      items: (p: { count: number }) => (p.count === 1 ? 'one item' : `${p.count} items`),
      madeOn: (iso: string) => `Made on ${new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date(iso))}`,
      list: ['First', 'Second'],
    },
  };

  it('keeps prose and skips ids, links, phones, sources and review dates', () => {
    const texts = collectProse(bundle).map((leaf) => leaf.text);
    expect(texts).toContain('Off-label use');
    expect(texts).toContain('NeedyMeds');
    expect(texts.join(' ')).not.toMatch(/https|800-503|2026-11-21|lung-nsclc|^en$/);
  });

  it('reads a label under a fact-like key as prose', () => {
    const texts = collectProse({ labels: { phone: 'Phone:', source: 'Source:' }, searchWords: ['lung'] }).map((leaf) => leaf.text);
    expect(texts).toEqual(['Phone:', 'Source:']);
  });

  it('calls interpolation functions with sample arguments of any shape', () => {
    const leaves = collectProse(bundle).filter((leaf) => leaf.fromFunction);
    expect(leaves.map((leaf) => leaf.path.join('.'))).toEqual(['ui.step', 'ui.items', 'ui.madeOn']);
    expect(leaves[0]?.text).toBe('Step Sam of Sam');
    expect(leaves[1]?.text).toBe('Sam items');
    expect(leaves[2]?.text).toMatch(/^Made on \w+ \d+, \d{4}$/);
  });

  it('gives array items their index in the path', () => {
    const paths = collectProse(bundle).map((leaf) => leaf.path.join('.'));
    expect(paths).toContain('ui.list.1');
  });
});

describe('isNonProseValue', () => {
  it.each(['https://clinicaltrials.gov', 'ClinicalTrials.gov', 'druginfo@fda.hhs.gov', '301-796-3400', '1-800-4-CANCER (1-800-422-6237)', '2026-11-21', 'off-label', 'insurance.coverage', 'costConcern'])(
    '%s is not prose',
    (value) => expect(isNonProseValue(value)).toBe(true),
  );
  it.each(['Continue', 'Off-label use', 'Medicare', 'You can stop.'])('%s is prose', (value) => expect(isNonProseValue(value)).toBe(false));
});

describe('callWithSamples', () => {
  it('reports a function that throws on every kind of argument', () => {
    expect(callWithSamples(() => {
      throw new Error('no');
    })).toEqual({ ok: false });
  });
});
