// What tests/e2e/support/global-setup.ts hands to every end-to-end test through inject().
declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the `vite preview` server, e.g. "http://127.0.0.1:41234". */
    baseURL: string;
  }
}

export {};
