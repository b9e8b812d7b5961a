import type { Letter } from '../letters/letter-document';

/** A letter's text as it stands on the page: as drafted, or as the person changed it. */
export type LetterOnPage = { letter: Letter; text: string; edited: boolean };

/** Makes a letter's Word file: the drafted layout when unchanged, the person's words when edited. */
export async function letterDocxBlob({ letter, text, edited }: LetterOnPage): Promise<Blob> {
  const { docxBytes, editedLetterDocument, letterDocument } = await import('../letters/render-letter-docx');
  const doc = edited ? editedLetterDocument(letter.title, letter.draftNotice, text) : letterDocument(letter);
  const bytes = await docxBytes(doc);
  return new Blob([bytes.slice().buffer], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}
