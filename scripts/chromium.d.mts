/** Types for scripts/chromium.mjs, for the TypeScript end-to-end support that imports it. */
export declare const QUIET_CHROMIUM_ARGS: readonly string[];
export declare function chromiumPath(): string | undefined;
