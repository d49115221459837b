/**
 * The editor's view of a program, rebuilt in Node for tests: a TypeScript language service
 * with the generated API declarations, the top-level-yield lib and the program read as the
 * editor's worker reads it, under the editor's compiler options.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import ts from "typescript";
import { API_DECLARATIONS } from "./api-declarations";
import { EDITOR_COMPILER_OPTIONS } from "./compiler-options";
import { TOP_LEVEL_YIELD_LIB, topLevelYieldAsAwait } from "./top-level-yield";

const LIB_DIR = dirname(ts.getDefaultLibFilePath({}));

const isLib = (name: string) => name.startsWith(LIB_DIR) && /\/lib\.[\w.]+\.d\.ts$/.test(name);

const OPTIONS: ts.CompilerOptions = {
  ...EDITOR_COMPILER_OPTIONS,
  lib: EDITOR_COMPILER_OPTIONS.lib.map((name) => `lib.${name}.d.ts`),
  types: [],
};

const LIBS: Record<string, string> = {
  "/playground-api.d.ts": API_DECLARATIONS,
  "/playground-top-level-yield.d.ts": TOP_LEVEL_YIELD_LIB,
};

/** A language service over `programs` (name -> source), each read as the editor reads it. */
export function editorService(programs: Record<string, string>): ts.LanguageService {
  const files = new Map(Object.entries(LIBS));
  for (const [name, source] of Object.entries(programs)) {
    files.set(name, topLevelYieldAsAwait(ts, source));
  }
  const read = (name: string) =>
    files.get(name) ?? (isLib(name) ? readFileSync(name, "utf8") : undefined);
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => OPTIONS,
    getScriptFileNames: () => [...files.keys()],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const text = read(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => "/",
    getDefaultLibFileName: (options) => join(LIB_DIR, ts.getDefaultLibFileName(options)),
    fileExists: (name) => read(name) !== undefined,
    readFile: read,
  };
  return ts.createLanguageService(host);
}

/** Every error the editor would mark in `name`, as "line: message". */
export function editorErrors(service: ts.LanguageService, name: string): string[] {
  const diagnostics = [
    ...service.getSyntacticDiagnostics(name),
    ...service.getSemanticDiagnostics(name),
  ];
  const program = service.getProgram()!;
  const file = program.getSourceFile(name)!;
  return diagnostics.map((d) => {
    const line = file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1;
    return `${line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}

/** The declaration files themselves compile without error (no dangling inner reference). */
export function declarationErrors(service: ts.LanguageService): string[] {
  return Object.keys(LIBS).flatMap((name) =>
    service
      .getSemanticDiagnostics(name)
      .concat(service.getSyntacticDiagnostics(name))
      .map((d) => `${name}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`),
  );
}
