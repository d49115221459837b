/**
 * Monaco, bundled locally and limited to what the playground uses: the editor with its
 * contributions, the TypeScript language and our TypeScript worker (ts-worker.ts). Importing
 * this module sets everything up once.
 */
import * as monaco from "monaco-editor/editor/editor.api";
import "monaco-editor/features/register.all";
import "monaco-editor/languages/definitions/typescript/register";
import {
  getTypeScriptWorker,
  typescriptDefaults,
} from "monaco-editor/languages/features/typescript/register";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import { API_DECLARATIONS } from "./api-declarations";
import { EDITOR_COMPILER_OPTIONS, IGNORED_DIAGNOSTICS } from "./compiler-options";
import { TOP_LEVEL_YIELD_LIB } from "./top-level-yield";
import PlaygroundTypeScriptWorker from "./ts-worker?worker";

// Without this Monaco looks for its workers by URL, which breaks in the production build.
self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) =>
    label === "typescript" || label === "javascript"
      ? new PlaygroundTypeScriptWorker()
      : new EditorWorker(),
};

typescriptDefaults.setCompilerOptions({
  ...EDITOR_COMPILER_OPTIONS,
  lib: [...EDITOR_COMPILER_OPTIONS.lib],
});
typescriptDefaults.setDiagnosticsOptions({
  noSemanticValidation: false,
  noSyntaxValidation: false,
  diagnosticCodesToIgnore: IGNORED_DIAGNOSTICS,
});
// Declaration files (.d.ts) stay global scripts, whatever `moduleDetection` says of programs.
typescriptDefaults.setExtraLibs([
  { content: API_DECLARATIONS, filePath: "file:///playground-api.d.ts" },
  { content: TOP_LEVEL_YIELD_LIB, filePath: "file:///playground-top-level-yield.d.ts" },
]);

/** The learner's program is one model at a fixed name, so its diagnostics and hovers say so. */
export const PROGRAM_URI = monaco.Uri.parse("file:///program.ts");

/**
 * Resolves once the TypeScript worker has loaded and checked the program: it compiles some
 * megabytes, a second or more of a core after the page opens. Browser tests that measure the
 * page's own work wait for it (`data-typescript="ready"` on <body>); it never rejects.
 */
export async function whenTypeScriptChecks(): Promise<void> {
  try {
    const worker = await (await getTypeScriptWorker())(PROGRAM_URI);
    await worker.getSemanticDiagnostics(PROGRAM_URI.toString());
  } catch {
    // No worker (it failed to load): the editor works without checks, and says nothing here.
  }
}

export { monaco };
