import type { AnyNode, ImportDeclaration } from "acorn";
import type MagicString from "magic-string";
import type { Locator } from "./locator";
import { isKnownModule, MODULES } from "./modules";
import { CompileFailure } from "./types";

/**
 * Rewrites module syntax. Each import becomes a destructuring from `env.__import(name)`,
 * collected into `hoisted` (placed before the program, as ES modules hoist imports); the import
 * itself is blanked but its line breaks are kept. `export` in front of a declaration is
 * dropped (a program has nobody to export to).
 */
export class ModuleRewriter {
  readonly hoisted: string[] = [];
  private readonly out: MagicString;
  private readonly locate: Locator;

  constructor(out: MagicString, locate: Locator) {
    this.out = out;
    this.locate = locate;
  }

  /** Handles a module-syntax node; returns false for any other node. */
  visit(node: AnyNode): boolean {
    switch (node.type) {
      case "ImportDeclaration":
        this.hoisted.push(importAsDestructuring(node, this.locate));
        this.blank(node.start, node.end);
        return true;
      case "ExportNamedDeclaration":
        if (node.declaration) {
          this.out.remove(node.start, node.declaration.start);
          return true;
        }
        throw this.failure(node, "`export` is not needed in a program: remove it");
      case "ExportDefaultDeclaration":
      case "ExportAllDeclaration":
        throw this.failure(node, "`export` is not needed in a program: remove it");
      case "ImportExpression":
        throw this.failure(node, "dynamic `import()` is not supported: use an import at the top");
      case "MetaProperty":
        if (node.meta.name === "import") throw this.failure(node, "`import.meta` is not supported");
        return false;
      default:
        return false;
    }
  }

  private blank(start: number, end: number): void {
    const lineBreaks = this.out.original.slice(start, end).replace(/[^\n]/g, "");
    if (lineBreaks === "") this.out.remove(start, end);
    else this.out.overwrite(start, end, lineBreaks);
  }

  private failure(node: AnyNode, message: string): CompileFailure {
    return new CompileFailure(message, this.locate.position(node.start));
  }
}

function importAsDestructuring(node: ImportDeclaration, locate: Locator): string {
  const name = String(node.source.value);
  if (!isKnownModule(name)) {
    const known = MODULES.map((m) => `"${m}"`).join(", ");
    throw new CompileFailure(
      `unknown module "${name}": the modules are ${known}`,
      locate.position(node.source.start),
    );
  }
  const call = `env.__import(${JSON.stringify(name)})`;
  const named: string[] = [];
  for (const spec of node.specifiers) {
    if (spec.type === "ImportNamespaceSpecifier") return `const ${spec.local.name} = ${call}; `;
    if (spec.type === "ImportDefaultSpecifier") {
      const hint = `import * as ${spec.local.name} from "${name}"`;
      throw new CompileFailure(
        `"${name}" has no default export: write \`${hint}\``,
        locate.position(spec.start),
      );
    }
    const imported =
      spec.imported.type === "Identifier"
        ? spec.imported.name
        : JSON.stringify(spec.imported.value);
    named.push(imported === spec.local.name ? imported : `${imported}: ${spec.local.name}`);
  }
  return named.length === 0 ? `${call}; ` : `const { ${named.join(", ")} } = ${call}; `;
}
