import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { vi } from 'vitest';
import { ContentProvider } from '../../../src/content/content-context';
import { answersSchema, type Answers } from '../../../src/domain/answers.schema';
import { SCHEMA_VERSION } from '../../../src/domain/answers-constants';
import type { AnswersPatch, StepProps } from '../../../src/steps/step-props';
import { en } from '../../../templates/en/bundle';

/** Renders one question page as the shell would, with spies for Continue and Back. */
export function renderStep(
  Step: ComponentType<StepProps>,
  answers: Partial<Answers> = {},
  { withBack = true }: { withBack?: boolean } = {},
) {
  const onSubmit = vi.fn<(patch: AnswersPatch) => void>();
  const onBack = vi.fn<() => void>();
  const user = userEvent.setup();
  const full: Answers = { ...answers, schemaVersion: SCHEMA_VERSION };
  const view = render(
    <ContentProvider content={en}>
      <Step answers={full} onSubmit={onSubmit} onBack={withBack ? onBack : undefined} />
    </ContentProvider>,
  );
  return { user, onSubmit, onBack, view };
}

/** The one patch a page submitted; fails the test if Continue did not submit exactly once. */
export function submittedPatch(onSubmit: ReturnType<typeof renderStep>['onSubmit']): AnswersPatch {
  if (onSubmit.mock.calls.length !== 1) throw new Error(`expected one submit, got ${onSubmit.mock.calls.length}`);
  const [patch] = onSubmit.mock.calls[0]!;
  return patch;
}

/** A patch must fit the answers contract once the machine merges it in. */
export function expectValidAnswers(patch: AnswersPatch): void {
  answersSchema.parse({ schemaVersion: SCHEMA_VERSION, ...JSON.parse(JSON.stringify(patch)) });
}
