/**
 * How the editor types a top-level `yield*` (the top level is the main greenlet, API.md).
 *
 * TypeScript has no "top level of a generator", so the TypeScript worker (ts-worker.ts) reads
 * the program with every top-level `yield*` spelled `await ` instead: the same length, so every
 * position, line, hover and marker is the learner's own. Top-level `await` is legal in a module,
 * and its type is the operand's `then` value: the editor's lib below gives operations and
 * generators a `then` that hands over their result, so `const item = yield* q.get()` is typed
 * `T`. The `then` exists only in the editor (the worker hides it from completions); nested
 * generators keep their real `yield*`. Pure: the TypeScript API is passed in (Monaco's in the
 * worker, the typescript package in tests).
 */
import type * as TypeScript from "typescript";
import { INNER_MODULE_PREFIX } from "./compiler-options";

type Ts = typeof TypeScript;

/** The editor-only lib that makes `await op` have the type `yield* op` has. */
export const TOP_LEVEL_YIELD_LIB = `
interface Generator<T, TReturn, TNext> {
  then(onfulfilled: (value: TReturn) => void): void;
}
declare module "${INNER_MODULE_PREFIX}kernel/operation*" {
  interface Operation<T> {
    then(onfulfilled: (value: T) => void): void;
  }
}
`;

/** The name of the `then` above, which completions leave out. */
export const HIDDEN_MEMBER = "then";

/** Offsets of the `yield` and `*` of every `yield*` outside any function or class. */
function topLevelYieldStars(ts: Ts, file: TypeScript.SourceFile): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const visit = (node: TypeScript.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    // Outside a generator, TypeScript reads `yield* x` as the identifier `yield` times `x`.
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.AsteriskToken &&
      ts.isIdentifier(node.left) &&
      node.left.text === "yield"
    ) {
      found.push([node.left.getStart(file), node.operatorToken.getStart(file)]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The program with each top-level `yield*` read as `await ` (same length, same lines). */
export function topLevelYieldAsAwait(ts: Ts, source: string): string {
  if (!source.includes("yield")) return source;
  const file = ts.createSourceFile("program.ts", source, ts.ScriptTarget.Latest, true);
  let text = source;
  for (const [word, star] of topLevelYieldStars(ts, file)) {
    text = `${text.slice(0, word)}await${text.slice(word + 5, star)} ${text.slice(star + 1)}`;
  }
  return text;
}
