import { rewrite } from "./rewrite";
import { stripTypes } from "./strip-types";
import { CompileFailure, type CompileOptions, type CompileResult } from "./types";

export { evaluate } from "./evaluate";
export { MODULES } from "./modules";
export type {
  CompiledProgram,
  CompileOptions,
  CompileError,
  CompileResult,
  ProgramMain,
  SourcePosition,
} from "./types";

/**
 * Compiles a learner's TypeScript program into the main greenlet's generator function:
 * types stripped with every line kept, imports resolved through the runtime's env, the top
 * level wrapped so `yield*` is legal there, and each switch point marked with its site.
 */
export function compile(source: string, options: CompileOptions = {}): CompileResult {
  // One kind of line break, so every tool below counts lines the same way.
  const normalized = source.replace(/\r\n?/g, "\n");
  try {
    return { ok: true, program: rewrite(stripTypes(normalized), options) };
  } catch (error) {
    if (!(error instanceof CompileFailure)) throw error;
    return { ok: false, error: { message: error.message, ...error.position } };
  }
}
