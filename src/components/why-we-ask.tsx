import { useContent } from '../content/content-context';
import type { WhyWeAsk as WhyWeAskText } from '../content/wizard-content.types';

/** "Why we ask", closed until a person opens it, so the question stays short. */
export function WhyWeAsk({ why }: { why: WhyWeAskText | undefined }) {
  const { wizard } = useContent();
  if (!why) return null;
  return (
    <details className="details">
      <summary className="details__summary">{wizard.ui.whyWeAsk}</summary>
      <div className="details__text">
        {why.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
    </details>
  );
}
