import type { ContactContent, FirstStepsContent, PathwaysContent, Text, TextParams } from '../content/pathway-content.types';
import type { Answers } from '../domain/answers.schema';
import { labelVerdict } from '../domain/label-sentences';
import { SCHEMA_VERSION } from '../domain/answers-constants';
import {
  PATHWAY_IDS,
  type Contact,
  type Evaluation,
  type Fit,
  type FirstStep,
  type PathwayId,
  type PathwayResult,
  type Reason,
} from '../domain/evaluation.schema';
import { conditionPaths, facetsOf, matches, type Facets } from './answer-facets';
import { ADVICE_RULES, FIRST_STEP_RULES, MISSING_RULES, PATHWAY_RULES, type FirstStepRule, type PathwayRule } from './pathways.rules';
import { chooseTopQuestions } from './top-questions';
import { lookupTextParams } from './lookup-facets';
import { povertyLevel } from './poverty-guidelines';
import { appealDeadlines } from './deadlines';
import { priorityQuestions } from './question-priority';

/** The words evaluate() needs: one language's pathway and first-step templates. */
export type EvaluationContent = { pathways: PathwaysContent; firstSteps: FirstStepsContent };

/** Which rows decided what, for navigators who want to see the rule behind each reason. */
export type EvaluationTrace = Record<PathwayId, { fitRule: string; reasonRules: string[] }>;

const FIT_RANK: Record<Fit, number> = { strong: 0, possible: 1, unlikely: 2 };

/**
 * Evaluates answers against the decision table: all five pathways, strongest first (ties in the
 * fixed order of PATHWAY_IDS), with reasons, steps, questions and contacts; the first steps; and
 * the answers that would sharpen the result. Pure: no I/O, no clock, no randomness.
 */
export function evaluate(answers: Answers, content: EvaluationContent): Evaluation {
  return evaluateWithTrace(answers, content).evaluation;
}

/** Like evaluate(), and also names the rule rows that fired for each pathway. */
export function evaluateWithTrace(
  answers: Answers,
  content: EvaluationContent,
): { evaluation: Evaluation; trace: EvaluationTrace } {
  const facets = facetsOf(answers);
  const params: TextParams = {
    drug: answers.drugOfInterest?.name?.trim() || content.pathways.theDrug,
    findings: (answers.biomarkers?.findings ?? []).join(', '),
    povertyPercent: String(povertyLevel(answers.insurance?.householdSize, answers.insurance?.yearlyIncome, answers.residenceState)?.percent ?? ''),
    appealBy: '',
    ...labelParams(answers, content.pathways),
    // Saved lookups: the NCT numbers and days the reasons name (lookup-facets.ts).
    ...lookupTextParams(answers, content.pathways.formatDay),
  };
  // Counted from the date on the refusal letter, never from today; the first step names the earliest.
  const deadlines = appealDeadlines(facets, answers.insurance?.deniedOn, content.pathways, params);
  if (deadlines[0]) params.appealBy = content.pathways.formatDay(deadlines[0].date);
  const trace = {} as EvaluationTrace;
  const pathways = PATHWAY_IDS.map((id) => {
    const { result, fitRule, reasonRules } = evaluatePathway(id, facets, params, content.pathways);
    trace[id] = { fitRule, reasonRules };
    return result;
  });
  pathways.sort((a, b) => FIT_RANK[a.fit] - FIT_RANK[b.fit] || PATHWAY_IDS.indexOf(a.id) - PATHWAY_IDS.indexOf(b.id));
  return {
    evaluation: {
      schemaVersion: SCHEMA_VERSION,
      pathways,
      firstSteps: firstStepsFor(facets, params, content.firstSteps, { everyRoadUnlikely: pathways.every((p) => p.fit === 'unlikely'), hasDeadline: deadlines.length > 0 }),
      topQuestions: chooseTopQuestions(pathways, priorityQuestions(facets, pathways, content.pathways, params, deadlines.length > 0)),
      deadlines,
      missing: missingFor(facets),
    },
    trace,
  };
}

/** A label sentence is quoted whole up to this length, then cut at a word. */
const QUOTE_MAX = 400;

/** The words of a saved label lookup a reason quotes: the name, the day, the sentence naming the cancer and its conditions. */
function labelParams(answers: Answers, words: PathwaysContent): Pick<TextParams, 'labelQuery' | 'labelOn' | 'labelSentence' | 'labelConditions'> {
  const lookup = answers.drugOfInterest?.label;
  const { quote } = labelVerdict(lookup, answers.diagnosis);
  const c = words.labelConditionWords;
  const conditions = quote
    ? [
        ...(quote.sentence.biomarkers.length > 0 ? [c.biomarkers(quote.sentence.biomarkers.join(', '))] : []),
        ...(quote.sentence.germline.length > 0 ? [c.germline] : []),
        ...quote.sentence.lines.map((line) => c.lines[line]),
      ]
    : [];
  const text = quote?.sentence.text ?? '';
  return {
    labelQuery: lookup?.query ?? '',
    labelOn: lookup?.retrievedOn ?? '',
    labelSentence: text.length <= QUOTE_MAX ? text : `${text.slice(0, text.lastIndexOf(' ', QUOTE_MAX))} …`,
    labelConditions: conditions.length > 0 ? c.join(conditions) : '',
  };
}

function render(text: Text, params: TextParams): string {
  return typeof text === 'string' ? text : text(params);
}

function basedOnOf(rule: PathwayRule): string[] {
  return [...(rule.basedOn ?? conditionPaths(rule.when))];
}

function evaluatePathway(
  id: PathwayId,
  facets: Facets,
  params: TextParams,
  words: PathwaysContent,
): { result: PathwayResult; fitRule: string; reasonRules: string[] } {
  const rows: readonly PathwayRule[] = PATHWAY_RULES.filter((r) => r.pathway === id);
  const fitRows = rows.filter((r) => r.fit !== 'note');
  const matching = rows.filter((r) => matches(r.when, facets));
  // The table covers every combination (tested); the last fit row is only a guard against a gap.
  const decider = (matching.find((r) => r.fit !== 'note') ?? fitRows.at(-1)) as PathwayRule & { fit: Fit };
  const fit = decider.fit;
  const agreeing = matching.filter((r) => r.fit === fit && r !== decider);
  const notes = matching.filter((r) => r.fit === 'note');
  const fired = [decider, ...agreeing, ...notes];
  const reasonTexts = words[id].reasons as Record<string, { text: Text }>;
  const reasons: Reason[] = fired.map((r) => ({ text: render(reasonTexts[r.reason]!.text, params), basedOn: basedOnOf(r), rule: r.id }));

  const advice = ADVICE_RULES.filter((a) => a.pathway === id && matches(a.when, facets));
  const pick = (kind: 'step' | 'question' | 'contact') => [...new Set(advice.filter((a) => a.kind === kind).map((a) => a.key as string))];
  const stepTexts = words[id].steps as Record<string, { text: Text }>;
  const questionTexts = words[id].questions as Record<string, Text>;
  const contactWords = words[id].contacts as Record<string, ContactContent>;
  return {
    result: {
      id,
      fit,
      reasons,
      steps: pick('step').map((k) => render(stepTexts[k]!.text, params)),
      questions: pick('question').map((k) => render(questionTexts[k]!, params)),
      contacts: pick('contact').map((k) => toContact(contactWords[k]!, words)),
    },
    fitRule: decider.id,
    reasonRules: fired.map((r) => r.id),
  };
}

function toContact(c: ContactContent, words: PathwaysContent): Contact {
  return {
    name: c.reverify ? words.checkCurrentDetails(c.name) : c.name,
    ...(c.phone === undefined ? {} : { phone: c.phone }),
    ...(c.url === undefined ? {} : { url: c.url }),
    source: c.source,
  };
}

function firstStepsFor(
  facets: Facets,
  params: TextParams,
  words: FirstStepsContent,
  result: { everyRoadUnlikely: boolean; hasDeadline: boolean },
): FirstStep[] {
  const seen = new Set<string>();
  const steps: FirstStep[] = [];
  for (const rule of FIRST_STEP_RULES as readonly FirstStepRule[]) {
    if (seen.has(rule.step) || !matches(rule.when, facets)) continue;
    if ((rule.everyRoadUnlikely && !result.everyRoadUnlikely) || (rule.needsDeadline && !result.hasDeadline)) continue;
    seen.add(rule.step);
    steps.push({ id: rule.step, text: render(words[rule.text].text, params), basedOn: [...(rule.basedOn ?? conditionPaths(rule.when))] });
  }
  return steps;
}

function missingFor(facets: Facets): string[] {
  const missing = MISSING_RULES.filter(
    (rule) => (rule.missingWhen as readonly string[]).includes(facets[rule.path]) && matches(rule.when, facets),
  ).map((rule) => rule.path);
  return [...new Set(missing)];
}
