import type { Letter } from './letter-document';

/** A blank to fill in, as plain text shows it. */
export const TEXT_BLANK = '____________________';

/** The letter as plain text to copy: the draft notice first, then the body, then its sources. */
export function letterText(letter: Letter): string {
  const lines: string[] = [letter.draftNotice, '', letter.title, ''];
  for (const block of letter.blocks) {
    if (block.kind === 'heading') lines.push('', block.text, '');
    if (block.kind === 'paragraph') lines.push(block.text, '');
    if (block.kind === 'list') lines.push(...block.items.map((item) => `- ${item}`), '');
    if (block.kind === 'field') lines.push(`${block.label}: ${block.value ?? TEXT_BLANK}`);
  }
  if (letter.sources.length > 0) {
    lines.push('', letter.sourcesHeading, ...letter.sources.map((s) => `- ${s.label}: ${s.source.url} (${s.source.reviewed})`));
  }
  // One blank line at most between parts, none at the end.
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
