/**
 * Renders docs/decision-table.md from the rule table in src/rules/pathways.rules.ts, with the
 * English words of each reason, step and question. Pure: scripts/write-decision-table.ts writes
 * it, and tests/unit/rules/decision-table-doc.test.ts fails when the committed file differs.
 */
import type { Text } from '../src/content/pathway-content.types';
import type { Content } from '../src/content/types';
import { PATHWAY_IDS } from '../src/domain/evaluation.schema';
import { POVERTY_GUIDELINES } from '../src/rules/poverty-guidelines';
import { conditionPaths, isNegated, type Condition, type FacetTest } from '../src/rules/answer-facets';
import {
  ADVICE_RULES,
  DEADLINE_RULES,
  FIRST_STEP_RULES,
  MISSING_RULES,
  PATHWAY_RULES,
  TOP_QUESTION_RULES,
  type DeadlineRule,
  type TopQuestionRule,
  type FirstStepRule,
  type PathwayRule,
} from '../src/rules/pathways.rules';

type Words = Pick<Content, 'pathways' | 'firstSteps'>;

const SAMPLE = {
  drug: '[the drug]',
  findings: '[your biomarker findings]',
  povertyPercent: '[N]',
  appealBy: '[last day]',
  // A saved FDA label lookup (drugOfInterest.label).
  labelQuery: '[the drug name looked up]',
  labelOn: '[day looked up]',
  labelSentence: '[the label sentence that names your cancer]',
  labelConditions: '[the conditions it sets]',
  // Saved lookups (src/rules/lookup-facets.ts).
  expandedAccessRecord: '[NCT number (title)]',
  expandedAccessRecords: '[NCT numbers (titles)]',
  expandedAccessQuery: '[the drug name looked up]',
  expandedAccessOn: '[day looked up]',
  savedTrial: '[NCT number (title)]',
  savedTrialOn: '[day looked up]',
  closedTrials: '[NCT numbers (titles)]',
  closedTrialsOn: '[day looked up]',
  notLookedUpTrials: '[NCT numbers]',
};

function text(t: Text): string {
  return typeof t === 'string' ? t : t(SAMPLE);
}

/** The pages behind a sentence, or "your answers" when it states no outside fact. */
function sourcesOf(sources: readonly { url: string }[] | undefined): string {
  return sources && sources.length > 0 ? sources.map((s) => s.url).join(' ') : 'your answers';
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
    '- **Free drug from the maker.** A drug company free-drug program is offered to every coverage (a test checks each one). For Medicare the words say the drug is given outside Part D: not billed to the plan, not counted toward the cap (HHS OIG, 2005).',
    `- **Income.** \`insurance.yearlyIncome\` is read as a share of the ${POVERTY_GUIDELINES.year} HHS poverty guideline for the household size and state (Alaska and Hawaii have their own tables; none for the territories), computed exactly: \`at-most-150-percent\`, \`at-most-400-percent\` (above 150), \`at-most-500-percent\` (above 400), \`over-500-percent\`; \`given\` when no percent can be computed. Source: ${POVERTY_GUIDELINES.sources.join(' and ')}. The words say "you may be under the limit (check current details)", never "you qualify".`,
    '- **Cancer type.** `diagnosis.cancerType` is read as `blood-cancer` (leukaemias, lymphomas, myeloma, MDS), `solid-tumor` or `other`: some programmes are for blood cancers only.',
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
    const steps = pw.steps as Record<string, { text: Text; sources?: readonly { url: string }[] }>;
    const questions = pw.questions as Record<string, Text>;
    const contacts = pw.contacts as Record<string, { name: string; phone?: string; url?: string; source: string }>;
    out.push('### Steps, questions and contacts', '', '| Kind | Shown when | Words | Source |', '|---|---|---|---|');
    for (const row of ADVICE_RULES.filter((r) => r.pathway === id)) {
      const key = row.key as string;
      const words =
        row.kind === 'step'
          ? text(steps[key]!.text)
          : row.kind === 'question'
            ? text(questions[key]!)
            : [contacts[key]!.name, contacts[key]!.phone, contacts[key]!.url, `source: ${contacts[key]!.source}`].filter(Boolean).join(', ');
      const source =
        row.kind === 'step' ? sourcesOf(steps[key]!.sources) : row.kind === 'contact' ? contacts[key]!.source : 'your answers';
      out.push(`| ${row.kind} | ${cell(describeCondition(row.when))} | ${cell(words)} | ${source} |`);
    }
    out.push('');
  }

  out.push('## First steps', '', 'Shown above the pathways. Where two rows share a step, the first that matches gives the words.', '');
  out.push('| Rule | Step | When | Words | Source |', '|---|---|---|---|---|');
  for (const rule of FIRST_STEP_RULES as readonly FirstStepRule[]) {
    const when = rule.everyRoadUnlikely
      ? 'every road came out `unlikely`'
      : rule.needsDeadline
        ? 'a last day to appeal was computed (see Deadlines)'
        : describeCondition(rule.when);
    const sentence = words.firstSteps[rule.text];
    const source = rule.source ?? sourcesOf(sentence.sources);
    out.push(`| ${rule.id} | \`${rule.step}\` | ${cell(when)} | ${cell(text(sentence.text))} | ${source} |`);
  }
  out.push('', '## What to ask first (`topQuestions`)', '');
  out.push(
    'Three to five questions for the appointment, most important first. The rows marked `first` come first (when their condition holds and the road shows the question), then the first question of the road with the strongest fit, then the rows marked `after`; the rest fill up from the roads\' own questions, strongest road first.',
    '',
  );
  out.push('| Rule | Place | When | Question | Why |', '|---|---|---|---|---|');
  for (const rule of TOP_QUESTION_RULES as readonly TopQuestionRule[]) {
    const question = text((words.pathways[rule.pathway].questions as Record<string, Text>)[rule.question]!);
    const when = [rule.needsDeadline ? 'a last day to appeal was computed' : '', Object.keys(rule.when).length > 0 ? describeCondition(rule.when) : '']
      .filter(Boolean)
      .join(' and ');
    out.push(`| ${rule.id} | ${rule.place} | ${cell(when || 'always')} | ${cell(question)} (\`${rule.pathway}\`) | ${cell(rule.why)} |`);
  }
  out.push('', '## Deadlines (`deadlines`)', '');
  out.push(
    'Counted from the date on the refusal letter (`insurance.deniedOn`), never from today, and only when that date is given. Earliest first; the first step `appeal-denial` names the earliest. Medicaid (the state fair hearing), TRICARE and the VA set their deadline on the letter: no day is computed for them, and the words say to read the letter.',
    '',
  );
  out.push('| Deadline | When | Days after the letter | Words | Source |', '|---|---|---|---|---|');
  for (const rule of DEADLINE_RULES as readonly DeadlineRule[]) {
    const words_ = text(words.pathways.deadlines[rule.deadline]).replace('[last day]', '[the letter date + ' + String(rule.days) + ' days]');
    out.push(`| \`${rule.id}\` | ${cell(describeCondition(rule.when))} | ${rule.days} | ${cell(words_)} | ${rule.source} |`);
  }
  out.push('', '## Answers that would sharpen the result (`missing`)', '');
  out.push('An answer path is listed when its value is one of those shown and the condition holds. Each path is listed once, in the order of this table: most useful first.', '');
  out.push('| Answer | Listed when it is | And when |', '|---|---|---|');
  for (const rule of MISSING_RULES) {
    out.push(`| \`${rule.path}\` | ${rule.missingWhen.map((v) => `\`${v}\``).join(' or ')} | ${cell(describeCondition(rule.when))} |`);
  }
  out.push('');
  return out.join('\n');
}
