/**
 * Renders docs/decision-table.md from the rule table in src/rules/pathways.rules.ts, with the
 * English words of each reason, step and question. Pure: scripts/write-decision-table.ts writes
 * it, and tests/unit/rules/decision-table-doc.test.ts fails when the committed file differs.
 */
import type { Text } from '../src/content/pathway-content.types';
import type { Content } from '../src/content/types';
import { PATHWAY_IDS } from '../src/domain/evaluation.schema';
import { conditionPaths, isNegated, type Condition, type FacetTest } from '../src/rules/answer-facets';
import { ADVICE_RULES, FIRST_STEP_RULES, MISSING_RULES, PATHWAY_RULES, type PathwayRule } from '../src/rules/pathways.rules';

type Words = Pick<Content, 'pathways' | 'firstSteps'>;

const SAMPLE = {
  drug: '[the drug]',
  findings: '[your biomarker findings]',
  // A saved FDA label lookup (drugOfInterest.label).
  labelQuery: '[the drug name looked up]',
  labelOn: '[day looked up]',
  labelSentence: '[the label sentence that names your cancer]',
  labelConditions: '[the conditions it sets]',
};

function text(t: Text): string {
  return typeof t === 'string' ? t : t(SAMPLE);
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** "insurance.coverage is medicare or medicare-advantage and trials.status is not in-a-trial". */
export function describeCondition(condition: Condition): string {
  const parts = conditionPaths(condition).map((path) => {
    const test = condition[path] as FacetTest<string>;
    const values = (isNegated(test) ? test.not : test).map((v) => `\`${v}\``).join(' or ');
    return `\`${path}\` is ${isNegated(test) ? 'not ' : ''}${values}`;
  });
  return parts.length === 0 ? 'always' : parts.join(' and ');
}

/** The whole decision table document. */
export function renderDecisionTable(words: Words): string {
  const out: string[] = [];
  out.push(
    '# The decision table',
    '',
    '<!-- Generated from src/rules/pathways.rules.ts by `npm run docs:rules`. Do not edit by hand: a test fails when this file and the code differ. -->',
    '',
    'This page lists every rule the navigator uses, in the order the code reads them, with the words a',
    'person sees. A nurse navigator can review it line by line. `[the drug]` stands for the drug name the',
    'person typed (or "the drug you asked about"), `[your biomarker findings]` for the findings they listed.',
    '',
    '## How the rules are read',
    '',
    '- **Answers.** A condition names answer paths (see [the answers contract](answers-contract.md)) and the values that make it true. All parts must hold. `not-answered` means the question was left blank; `unsure` is an answer of its own. Lists and free text are only ever read as `listed` / `none-listed` or `given`: no rule depends on what a person typed.',
    '- **Fit.** For each pathway, the fit rows are read top to bottom. The **first** row that matches sets the fit (`strong`, `possible` or `unlikely`). Every later matching row with the **same** fit adds its reason too; matching rows with another fit are skipped. Each pathway\'s fit rows cover every combination of answers (a test checks this).',
    '- **Notes.** Rows marked `note` never change the fit. Every note that matches adds its reason after the fit reasons.',
    '- **Reasons.** Every reason says which answers it is based on (`basedOn`). Every pathway always has at least one reason, whatever its fit: `unlikely` says why not now and what would change it. Unknown answers lower the fit to `possible` and say so.',
    '- **Order.** Pathways are listed strongest first. Ties keep this fixed order: ' + PATHWAY_IDS.map((id) => `\`${id}\``).join(', ') + '.',
    '- **Steps, questions, contacts.** Listed per pathway in the order shown; each appears when its condition holds.',
    '- **Right to Try** is never rated above `possible`: it has fewer safeguards than expanded access and always sits beside it.',
    '- **Co-pay cards.** Drug company co-pay cards are only mentioned for `private` and `marketplace` coverage. For `medicare`, `medicare-advantage`, `medicaid` and `military-va` the words say plainly that the cards cannot be used, and what can.',
    '',
  );

  for (const id of PATHWAY_IDS) {
    const pw = words.pathways[id];
    out.push(`## ${pw.title} (\`${id}\`)`, '', pw.summary, '');
    out.push('### Fit and reasons', '', '| Rule | When | Fit | Reason shown | Based on | Source |', '|---|---|---|---|---|---|');
    const reasons = pw.reasons as Record<string, { text: Text }>;
    const rules: readonly PathwayRule[] = PATHWAY_RULES.filter((r) => r.pathway === id);
    for (const rule of rules) {
      const basedOn = rule.basedOn ?? conditionPaths(rule.when);
      out.push(
        `| ${rule.id} | ${cell(describeCondition(rule.when))} | ${rule.fit} | ${cell(text(reasons[rule.reason]!.text))} | ${basedOn.map((p) => `\`${p}\``).join(', ')} | ${rule.source ?? 'your answers'} |`,
      );
    }
    out.push('');
    const steps = pw.steps as Record<string, { text: Text }>;
    const questions = pw.questions as Record<string, Text>;
    const contacts = pw.contacts as Record<string, { name: string; phone?: string; url?: string; source: string }>;
    out.push('### Steps, questions and contacts', '', '| Kind | Shown when | Words |', '|---|---|---|');
    for (const row of ADVICE_RULES.filter((r) => r.pathway === id)) {
      const key = row.key as string;
      const words =
        row.kind === 'step'
          ? text(steps[key]!.text)
          : row.kind === 'question'
            ? text(questions[key]!)
            : [contacts[key]!.name, contacts[key]!.phone, contacts[key]!.url, `source: ${contacts[key]!.source}`].filter(Boolean).join(', ');
      out.push(`| ${row.kind} | ${cell(describeCondition(row.when))} | ${cell(words)} |`);
    }
    out.push('');
  }

  out.push('## First steps', '', 'Shown above the pathways. Where two rows share a step, the first that matches gives the words.', '');
  out.push('| Rule | Step | When | Words |', '|---|---|---|---|');
  for (const rule of FIRST_STEP_RULES) {
    out.push(`| ${rule.id} | \`${rule.step}\` | ${cell(describeCondition(rule.when))} | ${cell(text(words.firstSteps[rule.text].text))} |`);
  }
  out.push('', '## Answers that would sharpen the result (`missing`)', '');
  out.push('An answer path is listed when its value is one of those shown and the condition holds. Each path is listed once.', '');
  out.push('| Answer | Listed when it is | And when |', '|---|---|---|');
  for (const rule of MISSING_RULES) {
    out.push(`| \`${rule.path}\` | ${rule.missingWhen.map((v) => `\`${v}\``).join(' or ')} | ${cell(describeCondition(rule.when))} |`);
  }
  out.push('');
  return out.join('\n');
}
