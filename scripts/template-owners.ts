/**
 * Maps the objects each templates/<lang>/*.ts module exports to the module's file name, so the
 * readability score can be given per template file even where the bundle nests several files
 * under one key. Node only (reads the folder); used by scripts/readability.ts and its test.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const templatesRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'templates');

/** Exported object -> template file (relative to templates/<lang>/, without .ts), for one language. */
export async function templateOwners(lang: string): Promise<Map<unknown, string>> {
  const dir = path.join(templatesRoot, lang);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const owners = new Map<unknown, string>();
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name === 'bundle.ts') continue;
    const file = path.join(entry.parentPath, entry.name);
    const name = path.relative(dir, file).replace(/\.ts$/, '').split(path.sep).join('/');
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (typeof value === 'object' && value !== null) owners.set(value, name);
    }
  }
  return owners;
}
