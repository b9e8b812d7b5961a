import { useContent } from '../content/content-context';
import { LANGS, type Lang } from '../content/languages';
import '../styles/language-switch.css';

type LanguageSwitchProps = {
  /** The language on screen. */
  lang: Lang;
  onChange: (lang: Lang) => void;
  /** The language being loaded, if any. */
  pending?: Lang | null;
  /** True when the last switch failed. */
  failed?: boolean;
};

/**
 * English | Español, on every page. Each name is written in its own language and marked with
 * `lang` so screen readers say it right; the language on screen is the pressed button, so focus
 * stays put when the words around it change.
 */
export function LanguageSwitch({ lang, onChange, pending = null, failed = false }: LanguageSwitchProps) {
  const { language } = useContent();
  const labelId = 'language-switch-label';
  return (
    <nav className="language-switch" aria-labelledby={labelId}>
      <span id={labelId} className="language-switch__label">
        {language.label}
      </span>
      <ul className="language-switch__list">
        {LANGS.map((option) => (
          <li key={option}>
            <button
              type="button"
              lang={option}
              aria-pressed={option === lang}
              aria-busy={pending === option}
              onClick={() => {
                if (option !== lang) onChange(option);
              }}
            >
              {language.names[option]}
            </button>
          </li>
        ))}
      </ul>
      <p className="language-switch__status" role="status">
        {pending ? language.loading : ''}
      </p>
      <p className="language-switch__status" role="alert">
        {failed ? language.loadFailed : ''}
      </p>
    </nav>
  );
}
