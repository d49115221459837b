import type { CompiledProgram, ProgramMain } from "./types";

/**
 * Turns compiled code into the main greenlet's function. Indirect eval runs it in the global
 * scope (it sees none of ours) and, with the code's `//# sourceURL=program.ts`, stack traces
 * read `program.ts:LINE:COL` with the learner's exact lines (`new Function` shifts them by 2).
 */
export function evaluate(program: CompiledProgram): ProgramMain {
  // `(0, eval)` is the indirect form bundlers keep as is (an aliased `eval` may be inlined
  // into a direct eval, which would see the bundle's own scope).
  const main: unknown = (0, eval)(program.code);
  if (typeof main !== "function") throw new TypeError("compiled program is not a function");
  return main as ProgramMain;
}
