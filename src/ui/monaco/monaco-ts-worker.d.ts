/**
 * The part of Monaco's TypeScript worker module (it ships no types) that our worker entry
 * (ts-worker.ts) builds on: the worker class to extend, its start-up, and its TypeScript.
 */
declare module "monaco-editor/language/typescript/ts.worker" {
  import type * as TypeScript from "typescript";

  export const ts: { typescript: typeof TypeScript };

  export class TypeScriptWorker {
    constructor(ctx: unknown, createData: unknown);
    /** The worker's mirror of an editor model, or null for a lib or an extra lib. */
    _getModel(fileName: string): object | null;
    /** The text the language service reads for `fileName` (models, libs, extra libs). */
    _getScriptText(fileName: string): string | undefined;
    getCompletionsAtPosition(
      fileName: string,
      position: number,
    ): Promise<TypeScript.CompletionInfo | undefined>;
  }

  export function initialize(create: (ctx: unknown, createData: unknown) => object): void;
}
