import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RouteTarget } from '../../flows/navigator.events';
import { ContentProvider } from '../../src/content/content-context';
import type { Answers } from '../../src/domain/answers.schema';
import { CheckAnswers } from '../../src/steps/check-answers';
import { en } from '../../templates/en/bundle';

const q = en.wizard.questions;
const words = en.shell.checkAnswers;

function renderCheck(answers: Omit<Answers, 'schemaVersion'>) {
  const onChange = vi.fn<(to: RouteTarget) => void>();
  const onConfirm = vi.fn<() => void>();
  const onBack = vi.fn<() => void>();
  const user = userEvent.setup();
  render(
    <ContentProvider content={en}>
      <CheckAnswers answers={{ schemaVersion: 2, ...answers }} onChange={onChange} onConfirm={onConfirm} onBack={onBack} />
    </ContentProvider>,
  );
  return { user, onChange, onConfirm, onBack };
}

/** The value cell of the summary row whose key is `label`. */
function valueOf(label: string): HTMLElement {
  const key = screen.getByText(label, { selector: 'dt' });
  const value = key.nextElementSibling;
  if (!(value instanceof HTMLElement)) throw new Error(`no value for ${label}`);
  return value;
}

/** Every question answers version 2 adds, answered. */
const V2_ANSWERS: Omit<Answers, 'schemaVersion'> = {
  filledBy: 'patient',
  age: 71,
  diagnosis: { cancerType: 'pancreatic', stage: 'metastatic' },
  biomarkers: { testing: 'not-done', germlineTesting: 'done', germlineFindings: ['BRCA2'] },
  drugOfInterest: {
    name: 'olaparib',
    approval: 'unsure',
    givenHow: 'at-home',
    label: { retrievedOn: '2026-11-02', query: 'olaparib', labels: [] },
  },
  insurance: { coverage: 'medicare', secondary: 'medigap', deniedBefore: true, deniedOn: '2026-10-05', costConcern: 'none' },
};

const medicareCaregiver: Omit<Answers, 'schemaVersion'> = {
  filledBy: 'caregiver',
  residenceState: 'FL',
  diagnosis: { cancerType: 'colorectal', stage: 'metastatic' },
  biomarkers: { testing: 'done', findings: ['KRAS G12D', 'MSS'] },
  treatments: {
    tried: [
      { name: 'FOLFOX', outcome: 'stopped-working' },
      { name: 'FOLFIRI with bevacizumab', outcome: 'side-effects' },
    ],
    standardOptionsLeft: 'unsure',
  },
  drugOfInterest: { approval: 'approved-for-other-use' },
  insurance: { coverage: 'medicare', deniedBefore: true, costConcern: 'major', householdSize: 2, yearlyIncome: 30000 },
  trials: { status: 'not-yet-considered', travel: 'in-my-state', zip: '33101' },
  careTeam: { oncologistOpenToHelp: 'yes', setting: 'community-practice' },
  appointment: { date: '2026-12-01' },
};

describe('Check your answers', () => {
  it('has the page title as its h1 and in the tab', () => {
    renderCheck(medicareCaregiver);
    expect(screen.getByRole('heading', { level: 1, name: words.title })).toBeInTheDocument();
    expect(document.title).toBe(`${words.title} – ${en.wizard.ui.serviceName}`);
  });

  it('lists every answer in words, one summary list per page', () => {
    renderCheck(medicareCaregiver);
    expect(valueOf(q.welcome.filledBy.label)).toHaveTextContent(q.welcome.filledBy.options.caregiver.label);
    expect(valueOf(q.diagnosis.cancerType.label)).toHaveTextContent('Colorectal cancer (colon or rectum)');
    expect(valueOf(q.insurance.residenceState.label)).toHaveTextContent('Florida');
    expect(valueOf(q.insurance.deniedBefore.label)).toHaveTextContent('Yes');
    expect(valueOf(q.household.yearlyIncome.label)).toHaveTextContent('$30,000');
    expect(valueOf(q.appointment.date.label)).toHaveTextContent('December 1, 2026');
    expect(within(valueOf(q.biomarkerFindings.findings.label)).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'KRAS G12D',
      'MSS',
    ]);
    expect(within(valueOf(q.treatmentsTried.list.heading)).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'FOLFOX: It worked for a while, then stopped working',
      'FOLFIRI with bevacizumab: I stopped because of side effects',
    ]);
    // A <dl> per page, under the page's own title.
    const diagnosis = screen.getByRole('region', { name: q.diagnosis.title });
    expect(within(diagnosis).getAllByRole('term').map((dt) => dt.textContent)).toEqual([
      q.diagnosis.cancerType.label,
      q.diagnosis.stage.label,
      q.diagnosis.age.label,
    ]);
  });

  it('shows the version 2 answers: age, inherited testing and findings, how the drug is given, the kept label, the second coverage and the refusal date', () => {
    renderCheck(V2_ANSWERS);
    const value = valueOf;
    expect(value(q.diagnosis.age.label)).toHaveTextContent('71');
    expect(value(q.biomarkers.germlineTesting.label)).toHaveTextContent('Yes, it has been done');
    expect(value(q.biomarkers.germlineFindings.label)).toHaveTextContent('BRCA2');
    expect(value(q.drugOfInterest.givenHow.label)).toHaveTextContent('At home');
    expect(value(en.shell.checkAnswers.labelRow)).toHaveTextContent('No FDA label found. Looked up on November 2, 2026.');
    expect(value(q.insurance.secondary.label)).toHaveTextContent('Medigap');
    expect(value(q.insurance.deniedOn.label)).toHaveTextContent('October 5, 2026');
  });

  it('leaves out the rows of questions it did not ask (no second coverage off Medicare, no date without a refusal)', () => {
    renderCheck({ ...V2_ANSWERS, insurance: { coverage: 'private', deniedBefore: false, costConcern: 'none' } });
    expect(screen.queryByText(q.insurance.secondary.label, { selector: 'dt' })).toBeNull();
    expect(screen.queryByText(q.insurance.deniedOn.label, { selector: 'dt' })).toBeNull();
  });

  it('says "Not provided" for questions left unanswered', () => {
    renderCheck(medicareCaregiver);
    expect(valueOf(q.drugOfInterest.name.label)).toHaveTextContent(words.notProvided);
    expect(valueOf(q.appointment.clinician.label)).toHaveTextContent(words.notProvided);
    expect(valueOf(q.appointment.notes.label)).toHaveTextContent(words.notProvided);
  });

  it('shows the words typed for a cancer that is not on the list', () => {
    renderCheck({ diagnosis: { cancerType: 'other', cancerTypeOther: 'Chordoma', stage: 'recurrent' } });
    expect(valueOf(q.diagnosis.cancerType.label)).toHaveTextContent('Another type: Chordoma');
  });

  it('gives each answer a Change link, named for its question, that opens its page', async () => {
    const { user, onChange } = renderCheck(medicareCaregiver);
    await user.click(screen.getByRole('button', { name: `${words.change} ${q.household.yearlyIncome.label}` }));
    expect(onChange).toHaveBeenLastCalledWith('#household');
    await user.click(screen.getByRole('button', { name: `${words.change} ${q.diagnosis.stage.label}` }));
    expect(onChange).toHaveBeenLastCalledWith('#diagnosis');
    const changeLinks = screen.getAllByRole('button', { name: new RegExp(`^${words.change} `) });
    expect(changeLinks).toHaveLength(screen.getAllByRole('term').length);
  });

  it('leaves out the pages that did not apply, and says why with a link to the answer that decided it', async () => {
    const { user, onChange } = renderCheck({
      biomarkers: { testing: 'unsure' },
      insurance: { coverage: 'private', costConcern: 'none' },
      trials: { status: 'not-interested' },
    });
    expect(screen.queryByText(q.biomarkerFindings.findings.label, { selector: 'dt' })).not.toBeInTheDocument();
    expect(screen.queryByText(q.household.householdSize.label, { selector: 'dt' })).not.toBeInTheDocument();
    expect(screen.queryByText(q.trialTravel.zip.label, { selector: 'dt' })).not.toBeInTheDocument();

    const skipped = screen.getByRole('region', { name: words.skippedHeading });
    const reasons = within(skipped).getAllByRole('listitem');
    expect(reasons).toHaveLength(3);
    expect(reasons[0]).toHaveTextContent(words.skippedReasons['testing-unsure']);
    expect(reasons[1]).toHaveTextContent(words.skippedReasons['no-cost-concern']);
    expect(reasons[2]).toHaveTextContent(words.skippedReasons['not-interested-in-trials']);

    await user.click(within(reasons[1]!).getByRole('button', { name: `${words.changeThatAnswer}: ${q.insurance.title}` }));
    expect(onChange).toHaveBeenCalledWith('#insurance');
  });

  it('has no skipped section when every page applied', () => {
    renderCheck(medicareCaregiver);
    expect(screen.queryByRole('region', { name: words.skippedHeading })).not.toBeInTheDocument();
  });

  it('goes on to the results with "Continue to results", and back with Back', async () => {
    const { user, onConfirm, onBack } = renderCheck(medicareCaregiver);
    await user.click(screen.getByRole('button', { name: words.confirm }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: en.wizard.ui.back }));
    expect(onBack).toHaveBeenCalledTimes(1);
  });
});
