import { config } from 'zod/v4/core';

/**
 * Zod compiles a fast parser for each object schema with `new Function`, after probing whether
 * eval is allowed. In the browser our Content-Security-Policy forbids it (no 'unsafe-eval'), and the
 * probe alone, though caught, is reported by the browser as a policy violation (Lighthouse's best
 * practices count it). Called by src/main.tsx before any schema is made: zod then never probes, and
 * parses with its plain (slightly slower) code. The command line and the tests keep the fast path.
 */
export function parseWithoutEval(): void {
  config({ jitless: true });
}
