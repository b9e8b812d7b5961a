import type { PathwaysContent, TextParams } from '../content/pathway-content.types';
import type { Deadline } from '../domain/evaluation.schema';
import { matches, type Facets } from './answer-facets';
import { DEADLINE_RULES, type DeadlineRule } from './pathways.rules';

/**
 * The calendar day `days` after a day (both YYYY-MM-DD), counted in UTC so that no time zone or
 * daylight-saving change can move it. Pure: reads no clock.
 */
export function addDays(isoDay: string, days: number): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * The last days to ask for an appeal, counted from the date on the refusal letter
 * (insurance.deniedOn), never from today; earliest first. Empty without that date, or when the
 * coverage sets its deadline on the letter (Medicaid, TRICARE, the VA) or is unknown.
 */
export function appealDeadlines(facets: Facets, deniedOn: string | undefined, words: PathwaysContent, params: TextParams): Deadline[] {
  if (deniedOn === undefined) return [];
  const rules: readonly DeadlineRule[] = DEADLINE_RULES;
  return rules
    .filter((rule) => matches(rule.when, facets))
    .map((rule) => {
      const date = addDays(deniedOn, rule.days);
      const text = words.deadlines[rule.deadline];
      const appealBy = words.formatDay(date);
      return {
        id: rule.id,
        text: typeof text === 'string' ? text : text({ ...params, appealBy }),
        date,
        basedOn: ['insurance.deniedOn', ...rule.basedOn],
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
