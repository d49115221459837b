/**
 * Lesson programs are type-correct against the learner API, as the editor checks them: strict
 * TypeScript, the runtime's own module files (src/runtime/api) as the modules, the globals
 * `print` and `range`, and a top level that may `yield*` (it is the main greenlet).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { LEARNER_COMPILER_OPTIONS } from "../scripts/api-dts/emit";

const LESSONS_DIR = fileURLToPath(new URL(".", import.meta.url));
const API_DIR = join(LESSONS_DIR, "../src/runtime/api");
const CHECK_DIR = join(LESSONS_DIR, ".typecheck"); // virtual: nothing is written there

const GLOBALS = [
  "declare function print(...args: unknown[]): void;",
  "declare function range(startOrStop: number, stop?: number, step?: number): number[];",
];

/** The runtime file of a module of API.md: "gevent/event" is api/gevent-event.ts. */
const apiFile = (module: string) => join(API_DIR, `${module.replace(/\//g, "-")}.ts`);

interface Wrapped {
  text: string;
  modules: string[];
  /** Lines added before the program's first line. */
  offset: number;
}

/** The program as a module: imports first, then the rest inside the main greenlet's body. */
function wrap(source: string): Wrapped {
  const file = ts.createSourceFile("program.ts", source, ts.ScriptTarget.ES2022, true);
  const imports = file.statements.filter(ts.isImportDeclaration);
  let body = source;
  for (const node of [...imports].reverse()) {
    const text = source.slice(node.getStart(file), node.end);
    body = body.slice(0, node.getStart(file)) + text.replace(/[^\n]/g, " ") + body.slice(node.end);
  }
  const head = [
    ...imports.map((node) => node.getText(file).replace(/\s*\n\s*/g, " ")),
    ...GLOBALS,
    "export function* __main(): Generator<unknown, void, unknown> {",
  ];
  const modules = imports.map((node) => (node.moduleSpecifier as ts.StringLiteral).text);
  return { text: `${head.join("\n")}\n${body}\n}\n`, modules, offset: head.length };
}

const OPTIONS: ts.CompilerOptions = { ...LEARNER_COMPILER_OPTIONS, noEmit: true };

/** Every diagnostic in the wrapped programs, as "lesson/file.ts:line: message". */
function typeErrors(files: Map<string, Wrapped>): string[] {
  const modules = new Set([...files.values()].flatMap((w) => w.modules));
  const paths = Object.fromEntries([...modules].map((m) => [m, [apiFile(m)]]));
  const options = { ...OPTIONS, paths };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.readFile = (name) => files.get(name)?.text ?? readFile(name);
  host.getSourceFile = (name, language, ...rest) => {
    const wrapped = files.get(name);
    if (wrapped) return ts.createSourceFile(name, wrapped.text, language, true);
    return getSourceFile(name, language, ...rest);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).flatMap((d) => {
    const wrapped = d.file ? files.get(d.file.fileName) : undefined;
    if (!d.file || !wrapped || d.start === undefined) return [];
    const line = d.file.getLineAndCharacterOfPosition(d.start).line + 1 - wrapped.offset;
    const where = d.file.fileName.slice(CHECK_DIR.length + 1).replace(/--/g, "/");
    return [`${where}:${line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`];
  });
}

/** A lesson's programs: program.ts, its solutions, and the shortcuts its checks must refuse. */
function lessonPrograms(id: string): string[] {
  const dir = join(LESSONS_DIR, id);
  const top = readdirSync(dir).filter((name) => name.endsWith(".ts"));
  const shortcuts = existsSync(join(dir, "shortcuts"))
    ? readdirSync(join(dir, "shortcuts")).map((name) => `shortcuts/${name}`)
    : [];
  return [...top, ...shortcuts];
}

const ids: string[] = JSON.parse(readFileSync(join(LESSONS_DIR, "index.json"), "utf8")).lessons;

describe("lesson programs as the editor sees them", () => {
  const files = new Map<string, Wrapped>();
  for (const id of ids) {
    for (const name of lessonPrograms(id)) {
      const path = join(LESSONS_DIR, id, name);
      files.set(
        join(CHECK_DIR, `${id}--${name.replace("/", "--")}`),
        wrap(readFileSync(path, "utf8")),
      );
    }
  }

  it("import only modules that the runtime provides", () => {
    const modules = new Set([...files.values()].flatMap((w) => w.modules));
    expect([...modules].filter((m) => !existsSync(apiFile(m)))).toEqual([]);
  });

  it("type-check in strict mode, solutions included, where a broken program is caught", () => {
    // One program holds a known error, so the check is proven to report errors and their lines.
    const broken = 'import { sleep } from "gevent";\n\nyield* sleep("1");';
    const all = new Map([...files, [join(CHECK_DIR, "broken--program.ts"), wrap(broken)]]);
    expect(files.size).toBeGreaterThanOrEqual(ids.length);
    expect(typeErrors(all)).toEqual([
      expect.stringMatching(/^broken\/program\.ts:3: Argument of type 'string'/),
    ]);
  });
});
