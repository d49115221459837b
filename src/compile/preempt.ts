import type {
  AnyNode,
  AssignmentExpression,
  Expression,
  Pattern,
  Statement,
  UpdateExpression,
} from "acorn";
import type MagicString from "magic-string";
import { childrenOf } from "./walk";

/**
 * Threads mode (the scheduler lab): preemption points where a preemptive thread could lose the
 * CPU, inside generator bodies only (elsewhere no switch can happen). `yield* __s(site,
 * __p())` goes before each statement of a block, and read-modify-write updates are split
 * between their read and their write, so the classic lost update can happen:
 * `x += e` becomes `x = (yield* __s(site, __p(x))) + (e)`; `x++` as a statement becomes
 * `x = (yield* __s(site, __p(x))) + 1`; `o.n = o.n + 1` becomes `o.n = yield* __s(site,
 * __p(o.n + 1))`. `__p(value)` is the runtime's preemption operation: it returns `value` as it
 * was read, whether or not the scheduler switched in between.
 */
export class Preemptor {
  constructor(
    private readonly out: MagicString,
    private readonly site: (offset: number) => number,
    private readonly isLearner: (offset: number) => boolean,
  ) {}

  /** Visits `node`; `inGenerator` says whether its innermost function is a generator. */
  visit(node: AnyNode, inGenerator: boolean): void {
    const generator = isFunction(node) ? Boolean(node.generator) : inGenerator;
    // A block is marked statement by statement: the frame's own block holds the learner's top level.
    const block = node.type === "BlockStatement" || node.type === "Program";
    if (generator && (block || this.isLearner(node.start))) this.mark(node);
    for (const child of childrenOf(node)) this.visit(child, generator);
  }

  private mark(node: AnyNode): void {
    switch (node.type) {
      case "BlockStatement":
      case "Program":
        return this.statements(node.body as Statement[]);
      case "SwitchCase":
        return this.statements(node.consequent);
      case "AssignmentExpression":
        return this.assignment(node);
      case "ExpressionStatement":
        if (node.expression.type === "UpdateExpression") this.update(node.expression);
        return;
      case "ForStatement":
        if (node.update?.type === "UpdateExpression") this.update(node.update);
        return;
    }
  }

  private statements(body: Statement[]): void {
    for (const statement of body) {
      if (!this.isLearner(statement.start) || !preemptible(statement)) continue;
      // Before any wrapper the other hooks opened at the same offset.
      this.out.prependRight(statement.start, `yield* __s(${this.site(statement.start)}, __p()); `);
    }
  }

  private assignment(node: AssignmentExpression): void {
    const target = targetText(this.out, node.left);
    if (target === null) return;
    const site = this.site(node.start);
    if (COMPOUND.has(node.operator)) {
      const op = node.operator.slice(0, -1);
      this.out.overwrite(
        node.left.end,
        node.right.start,
        ` = (yield* __s(${site}, __p(${target}))) ${op} (`,
        { contentOnly: true },
      );
      this.out.appendLeft(node.right.end, ")");
    } else if (node.operator === "=" && mentions(this.out, node.right, target)) {
      this.out.appendRight(node.right.start, `yield* __s(${site}, __p(`);
      this.out.prependLeft(node.right.end, "))");
    }
  }

  private update(node: UpdateExpression): void {
    const target = targetText(this.out, node.argument as Pattern);
    if (target === null) return;
    const op = node.operator === "++" ? "+" : "-";
    const site = this.site(node.start);
    const rewritten = `${target} = (yield* __s(${site}, __p(${target}))) ${op} 1`;
    this.out.overwrite(node.start, node.end, rewritten, { contentOnly: true });
  }
}

/** Compound assignments that read, compute and write (not the short-circuiting ones). */
const COMPOUND = new Set([
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "**=",
  "<<=",
  ">>=",
  ">>>=",
  "&=",
  "|=",
  "^=",
]);

/** A statement before which a thread could be preempted (not a declaration that is hoisted). */
function preemptible(statement: Statement): boolean {
  return (
    statement.type !== "FunctionDeclaration" &&
    statement.type !== "ClassDeclaration" &&
    statement.type !== "EmptyStatement" &&
    (statement.type as string) !== "ImportDeclaration"
  );
}

/** The source of a plain target (`x`, `o.n`, `this.n`), or null for one that is not read twice safely. */
function targetText(out: MagicString, target: Pattern | Expression): string | null {
  if (target.type === "Identifier") return target.name;
  if (target.type !== "MemberExpression" || target.computed) return null;
  const object = target.object;
  if (object.type !== "Identifier" && object.type !== "ThisExpression") return null;
  return out.original.slice(target.start, target.end);
}

function mentions(out: MagicString, expression: Expression, target: string): boolean {
  const text = out.original.slice(expression.start, expression.end);
  const escaped = target.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\w$.])${escaped}(?![\\w$])`).test(text);
}

function isFunction(node: AnyNode): node is AnyNode & { generator: boolean } {
  return (
    node.type === "FunctionDeclaration" ||
    node.type === "FunctionExpression" ||
    node.type === "ArrowFunctionExpression"
  );
}
