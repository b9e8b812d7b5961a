/**
 * JSON.stringify, JSON.parse and Array.prototype.push as Node made them, taken before pdfjs-dist
 * is loaded. pdfjs-dist's legacy build (the one that runs on Node 20) replaces all three with
 * core-js polyfills when it loads, for the whole process: push about 7 times slower, stringify 10
 * to 40 times. The test workers share one module registry (vite.config.ts, vitest.e2e.config.ts),
 * so every test file after the first PDF read, and Playwright's every message to Chromium, paid
 * for it. read-pdf.ts imports this module first and puts these back once pdfjs has loaded.
 */
export const NATIVE_BUILTINS = {
  stringify: JSON.stringify,
  parse: JSON.parse,
  push: Array.prototype.push,
} as const;

/** Puts Node's own JSON.stringify, JSON.parse and Array.prototype.push back. */
export function restoreNativeBuiltins(): void {
  JSON.stringify = NATIVE_BUILTINS.stringify;
  JSON.parse = NATIVE_BUILTINS.parse;
  Array.prototype.push = NATIVE_BUILTINS.push;
}
