/**
 * Turning one emitted declaration file into the body of an ambient module
 * (`declare module "gevent" { ... }`): inside such a block `declare` is implied (and an error
 * when written), and relative imports are meaningless, so each module specifier is rewritten to
 * the ambient name of the file it points to. Pure text in, text out.
 */
import { posix } from "node:path";
import ts from "typescript";
import { INNER_MODULE_PREFIX } from "../../src/ui/monaco/compiler-options";

/**
 * The runtime's inner files become pattern modules (`declare module "gevent:runtime/hub*"`):
 * a name with a `*` never appears in the editor's import-path completions or auto-imports, so
 * learners are offered only the modules of API.md, while every learner module still shares the
 * same class declarations (a Greenlet from "gevent" is the one "gevent/pool" accepts). An exact
 * specifier matches its own pattern best: the longest matching prefix wins.
 */
export const innerModuleName = (path: string) => `${INNER_MODULE_PREFIX}${path}`;

/** Where a relative specifier written in `fromPath` points, as a path like "api/gevent". */
export function resolveSpecifier(fromPath: string, specifier: string): string {
  return posix.normalize(posix.join(posix.dirname(fromPath), specifier));
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function specifierEdits(file: ts.SourceFile, rename: (specifier: string) => string): Edit[] {
  const edits: Edit[] = [];
  const rewrite = (literal: ts.Node | undefined) => {
    if (!literal || !ts.isStringLiteral(literal)) return;
    edits.push({
      start: literal.getStart(file),
      end: literal.end,
      text: JSON.stringify(rename(literal.text)),
    });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) rewrite(node.moduleSpecifier);
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      rewrite(node.argument.literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return edits;
}

function declareEdits(file: ts.SourceFile): Edit[] {
  return file.statements.flatMap((statement) => {
    const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
    return modifiers
      .filter((modifier) => modifier.kind === ts.SyntaxKind.DeclareKeyword)
      .map((modifier) => {
        const start = modifier.getStart(file);
        const end = /\s/.test(file.text[modifier.end]) ? modifier.end + 1 : modifier.end;
        return { start, end, text: "" };
      });
  });
}

/**
 * The body of the ambient module for the declaration file at `path` ("hub", "api/gevent"):
 * `declare` modifiers dropped, relative specifiers renamed by `rename(resolvedPath)`.
 */
export function ambientBody(
  path: string,
  declarations: string,
  rename: (resolvedPath: string) => string,
): string {
  const file = ts.createSourceFile(`${path}.d.ts`, declarations, ts.ScriptTarget.Latest, true);
  const renameSpecifier = (specifier: string) => {
    if (!specifier.startsWith(".")) {
      throw new Error(`${path}: the runtime imports only itself, not "${specifier}"`);
    }
    return rename(resolveSpecifier(path, specifier));
  };
  const edits = [...specifierEdits(file, renameSpecifier), ...declareEdits(file)].sort(
    (a, b) => b.start - a.start,
  );
  let text = declarations;
  for (const edit of edits) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return text.trimEnd();
}

/** `declare module "name" { body }`, the body indented one level. */
export function ambientModule(name: string, body: string, pattern = false): string {
  const indented = body
    .split("\n")
    .map((line) => (line.length > 0 ? `    ${line}` : line))
    .join("\n");
  return `declare module ${JSON.stringify(pattern ? `${name}*` : name)} {\n${indented}\n}`;
}
