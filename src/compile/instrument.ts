import type { AnyNode, Expression, Pattern, PrivateIdentifier, Statement } from "acorn";
import type MagicString from "magic-string";
import type { Locator } from "./locator";

/**
 * Inserts the runtime's hooks (see ProgramEnv): `yield* __s(__c(site), X)` marks each switch
 * point, `__w(__c(site), call)` checks bare calls for operations never run, `__lg(site)` guards
 * loop bodies and `__n("name", value)` names the objects a variable holds. Openings are appended to the
 * right and closings prepended to the left of their offsets, and nodes are visited parents
 * first, so wrappers that share an offset nest correctly.
 */
export class Instrumenter {
  /** [line, column] per site id; id 0 is "unknown". */
  readonly sites: Array<[number, number]> = [[0, 0]];
  private readonly out: MagicString;
  private readonly locate: Locator;

  constructor(out: MagicString, locate: Locator) {
    this.out = out;
    this.locate = locate;
  }

  visit(node: AnyNode): void {
    switch (node.type) {
      case "YieldExpression":
        if (node.delegate && node.argument)
          this.wrap(node.argument, `__s(__c(${this.siteOf(node.start)}), `, ")");
        return;
      case "ExpressionStatement":
        if (isCall(node.expression) && !isSuperCall(node.expression)) {
          this.wrap(node.expression, `__w(__c(${this.siteOf(node.expression.start)}), `, ")");
        }
        return;
      case "WhileStatement":
      case "DoWhileStatement":
      case "ForStatement":
      case "ForInStatement":
      case "ForOfStatement":
        this.guardLoop(node.body, this.siteOf(node.start));
        return;
      case "VariableDeclarator":
        if (node.id.type === "Identifier" && node.init) this.name(node.id.name, node.init);
        return;
      case "AssignmentExpression":
        if (node.operator === "=") this.name(assignedName(node.left), node.right);
        return;
      case "PropertyDefinition":
        if (!node.computed && node.value) this.name(keyName(node.key), node.value);
        return;
    }
  }

  private guardLoop(body: Statement, site: number): void {
    if (body.type === "BlockStatement") {
      this.out.appendRight(body.start + 1, `__lg(${site}); `);
    } else {
      this.wrap(body, `{ __lg(${site}); `, " }");
    }
  }

  private name(name: string | null, value: Expression): void {
    if (name !== null && (isCall(value) || value.type === "NewExpression")) {
      this.wrap(value, `__n(${JSON.stringify(name)}, `, ")");
    }
  }

  private wrap(node: AnyNode, open: string, close: string): void {
    this.out.appendRight(node.start, open);
    this.out.prependLeft(node.end, close);
  }

  /** A new site for the learner position at `offset`. */
  siteOf(offset: number): number {
    const { line, column } = this.locate.position(offset);
    this.sites.push([line, column]);
    return this.sites.length - 1;
  }
}

function isCall(node: AnyNode): boolean {
  return (
    node.type === "CallExpression" ||
    (node.type === "ChainExpression" && node.expression.type === "CallExpression")
  );
}

function isSuperCall(node: AnyNode): boolean {
  return node.type === "CallExpression" && node.callee.type === "Super";
}

function assignedName(target: Pattern): string | null {
  if (target.type === "Identifier") return target.name;
  if (target.type === "MemberExpression" && !target.computed) return keyName(target.property);
  return null;
}

function keyName(key: Expression | PrivateIdentifier): string | null {
  if (key.type === "Identifier" || key.type === "PrivateIdentifier") return key.name;
  return null;
}
