import { parse, type Program } from "acorn";
import MagicString from "magic-string";
import { ModuleRewriter } from "./imports";
import { Instrumenter } from "./instrument";
import { Locator } from "./locator";
import { Preemptor } from "./preempt";
import type { StrippedProgram } from "./strip-types";
import { CompileFailure, type CompileOptions, type CompiledProgram } from "./types";
import { walk } from "./walk";
import { IMPORT_SLOT, wrapProgram } from "./wrap";

/** Wraps type-stripped code as the main greenlet's generator and inserts the runtime hooks. */
export function rewrite(stripped: StrippedProgram, options: CompileOptions = {}): CompiledProgram {
  const wrapped = wrapProgram(stripped.code);
  const locate = new Locator(wrapped, stripped.code.length, stripped.columns);
  const ast = parseWrapped(wrapped, locate);
  const out = new MagicString(wrapped);
  const modules = new ModuleRewriter(out, locate);
  const hooks = new Instrumenter(out, locate);
  walk(ast, (node) => {
    // The frame around the program is ours: only the learner's nodes are rewritten.
    if (!locate.isLearnerOffset(node.start)) return;
    if (!modules.visit(node)) hooks.visit(node);
  });
  if (options.threads) {
    const isLearner = (offset: number) => locate.isLearnerOffset(offset);
    new Preemptor(out, (offset) => hooks.siteOf(offset), isLearner).visit(ast, false);
  }
  out.appendLeft(IMPORT_SLOT, modules.hoisted.join(""));
  return { code: out.toString(), sites: hooks.sites };
}

function parseWrapped(wrapped: string, locate: Locator): Program {
  try {
    return parse(wrapped, {
      ecmaVersion: "latest",
      sourceType: "module",
      allowImportExportEverywhere: true,
    });
  } catch (error) {
    const offset = hasOffset(error) ? error.pos : 0;
    const raw = error instanceof Error ? error.message : String(error);
    throw new CompileFailure(raw.replace(/ \(\d+:\d+\)$/, ""), locate.position(offset));
  }
}

function hasOffset(error: unknown): error is { pos: number } {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { pos?: unknown }).pos === "number"
  );
}
