/**
 * Monaco, bundled locally and limited to what the playground uses: the editor with its
 * contributions, the TypeScript language and its service worker. Importing this module sets
 * everything up once.
 */
import * as monaco from "monaco-editor/editor/editor.api";
import "monaco-editor/features/register.all";
import "monaco-editor/languages/definitions/typescript/register";
import {
  ModuleKind,
  ModuleResolutionKind,
  ScriptTarget,
  typescriptDefaults,
} from "monaco-editor/languages/features/typescript/register";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import TypeScriptWorker from "monaco-editor/language/typescript/ts.worker?worker";
import { IGNORED_DIAGNOSTICS, STOPGAP_DECLARATIONS } from "./stopgap-declarations";

// Without this Monaco looks for its workers by URL, which breaks in the production build.
self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) =>
    label === "typescript" || label === "javascript" ? new TypeScriptWorker() : new EditorWorker(),
};

typescriptDefaults.setCompilerOptions({
  target: ScriptTarget.ESNext,
  module: ModuleKind.ESNext,
  moduleResolution: ModuleResolutionKind.NodeJs,
  lib: ["es2022"],
  strict: true,
  // Strict mode would forbid declaring the stopgap global `yield` (see stopgap-declarations.ts);
  // the learner's file is a module, hence strict anyway.
  alwaysStrict: false,
  noEmit: true,
  allowNonTsExtensions: true,
});
typescriptDefaults.setDiagnosticsOptions({
  noSemanticValidation: false,
  noSyntaxValidation: false,
  diagnosticCodesToIgnore: IGNORED_DIAGNOSTICS,
});
typescriptDefaults.addExtraLib(STOPGAP_DECLARATIONS, "file:///playground-globals.d.ts");

/** The learner's program is one model at a fixed name, so its diagnostics and hovers say so. */
export const PROGRAM_URI = monaco.Uri.parse("file:///program.ts");

export { monaco };
