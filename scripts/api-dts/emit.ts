/**
 * The runtime's declarations, emitted by the TypeScript compiler exactly as `tsc --declaration
 * --emitDeclarationOnly --stripInternal` would write them, but into memory: one entry per
 * runtime file the learner modules reach, keyed by its path under src/runtime without the
 * extension ("hub", "api/gevent").
 */
import { join, relative } from "node:path";
import ts from "typescript";

/** How learner programs and the runtime they import are checked: strict, ES library only. */
export const LEARNER_COMPILER_OPTIONS: Readonly<ts.CompilerOptions> = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2023.d.ts"],
  types: [],
  strict: true,
  noImplicitOverride: true,
  skipLibCheck: true,
};

const OPTIONS: ts.CompilerOptions = {
  ...LEARNER_COMPILER_OPTIONS,
  declaration: true,
  emitDeclarationOnly: true,
  // The kernel marks its machinery `@internal`: learners never see it.
  stripInternal: true,
};

/** The declarations of `entries` (paths under `runtimeDir`) and of every file they import. */
export function emitDeclarations(runtimeDir: string, entries: string[]): Map<string, string> {
  const outDir = join(runtimeDir, "__declarations__"); // virtual: nothing is written
  const options = { ...OPTIONS, rootDir: runtimeDir, outDir };
  const program = ts.createProgram(
    entries.map((entry) => join(runtimeDir, `${entry}.ts`)),
    options,
  );
  const emitted = new Map<string, string>();
  const result = program.emit(undefined, (fileName, text) => {
    emitted.set(relative(outDir, fileName).replace(/\.d\.ts$/, ""), text);
  });
  // Type errors are `npm run typecheck`'s business; these are declarations that cannot be
  // written (a public type that names an internal one, say).
  if (result.diagnostics.length > 0) {
    const messages = result.diagnostics.map((d) =>
      ts.flattenDiagnosticMessageText(d.messageText, "\n"),
    );
    throw new Error(`the runtime's declarations cannot be emitted:\n${messages.join("\n")}`);
  }
  return emitted;
}

/**
 * The learner's globals as `declare function` statements, from the members of the same names
 * of `interfaceName` in `declarations`, doc comments included (each global must have one: it is
 * the editor's hover).
 */
export function globalFunctions(
  declarations: string,
  interfaceName: string,
  names: readonly string[],
): string {
  const file = ts.createSourceFile("env.d.ts", declarations, ts.ScriptTarget.Latest, true);
  const owner = file.statements.find(
    (s): s is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(s) && s.name.text === interfaceName,
  );
  if (!owner) throw new Error(`no interface ${interfaceName} to take the globals from`);
  return names
    .map((name) => {
      const member = owner.members.find(
        (m): m is ts.MethodSignature =>
          ts.isMethodSignature(m) && ts.isIdentifier(m.name) && m.name.text === name,
      );
      if (!member) throw new Error(`${interfaceName} has no method ${name}`);
      const docs = ts
        .getJSDocCommentsAndTags(member)
        .map((doc) => doc.getText(file).replace(/\n\s*\*/g, "\n *"));
      if (docs.length === 0) throw new Error(`${interfaceName}.${name} has no doc comment`);
      const signature = member.getText(file).replace(/;$/, "");
      return `${docs.join("\n")}\ndeclare function ${signature};`;
    })
    .join("\n");
}
