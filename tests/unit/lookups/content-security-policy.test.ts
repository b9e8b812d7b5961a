import { describe, expect, it } from 'vitest';
import config from '../../../vite.config';
import { CTGOV_ORIGIN } from '../../../src/lookups/ctgov-search';
import { OPENFDA_LABEL_ENDPOINT, OPENFDA_ORIGIN } from '../../../src/lookups/openfda-label';

/** The origins a lookup may call (spec/lookups.md): no other origin, and no proxy, ever. */
const LOOKUP_ORIGINS = ['https://api.fda.gov', 'https://clinicaltrials.gov'];

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('Content-Security-Policy: the lookups’ origins', () => {
  const policy = (config as { preview?: { headers?: Record<string, string> } }).preview?.headers?.['Content-Security-Policy'] ?? '';
  const parsed = directives(policy);

  it('lets the page call ClinicalTrials.gov (connect-src), the origin the trial lookups use', () => {
    expect(CTGOV_ORIGIN).toBe('https://clinicaltrials.gov');
    expect(parsed.get('connect-src')).toContain(CTGOV_ORIGIN);
  });

  it('lets the page call openFDA (connect-src), the origin the label lookup uses', () => {
    expect(OPENFDA_ORIGIN).toBe('https://api.fda.gov');
    expect(new URL(OPENFDA_LABEL_ENDPOINT).origin).toBe(OPENFDA_ORIGIN);
    expect(parsed.get('connect-src')).toEqual(["'self'", OPENFDA_ORIGIN, CTGOV_ORIGIN]);
  });

  it('adds openFDA nowhere else', () => {
    expect(policy.match(/api\.fda\.gov/g)).toHaveLength(1);
  });

  it('connect-src names only the app itself and the lookup services, nothing else', () => {
    const connect = parsed.get('connect-src') ?? [];
    expect(connect[0]).toBe("'self'");
    for (const source of connect.slice(1)) expect(LOOKUP_ORIGINS).toContain(source);
  });

  it('adds ClinicalTrials.gov nowhere else: scripts, styles, images, fonts and the default stay on the app’s own origin', () => {
    for (const name of ['default-src', 'script-src', 'style-src', 'font-src', 'img-src', 'form-action']) {
      expect(parsed.get(name)?.join(' ') ?? '', name).not.toContain('clinicaltrials');
    }
    expect(policy.match(/clinicaltrials\.gov/g)).toHaveLength(1);
  });
});
