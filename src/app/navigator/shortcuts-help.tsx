import { useContent } from '../../content/content-context';

/** The keyboard shortcuts, said in words where a navigator will look for them. */
export function ShortcutsHelp() {
  const { navigator } = useContent();
  return (
    <section className="shortcuts-help" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading" className="heading-s">
        {navigator.shortcuts.heading}
      </h2>
      <ul className="list">
        {navigator.shortcuts.help.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
