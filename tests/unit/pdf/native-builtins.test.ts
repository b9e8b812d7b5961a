import { describe, expect, it } from 'vitest';
import { exampleChecklist } from './support/example-checklists';
import { NATIVE_BUILTINS } from './support/native-builtins';

describe('reading a PDF back leaves Node’s own built-ins in place', () => {
  it('JSON.stringify, JSON.parse and Array.prototype.push are Node’s after pdfjs-dist has loaded and read a PDF', async () => {
    const { pdf } = await exampleChecklist('desmoid-investigational.json', 'en');
    expect(pdf.pages.length).toBeGreaterThan(1);
    expect(JSON.stringify).toBe(NATIVE_BUILTINS.stringify);
    expect(JSON.parse).toBe(NATIVE_BUILTINS.parse);
    expect(Array.prototype.push).toBe(NATIVE_BUILTINS.push);
  });
});
