import type { ProgramMain } from "../runtime/env";

export type { ProgramMain };

/** A learner-visible position: 1-based line and column in the program as typed. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Why a program could not be compiled, pointing at the learner's source. */
export interface CompileError extends SourcePosition {
  message: string;
}

/**
 * A compiled program: one JS expression `(function* (env) { ... })` whose line N is the
 * learner's line N. `sites[id]` is the [line, column] of each marked site; sites[0] = [0, 0].
 */
export interface CompiledProgram {
  code: string;
  sites: Array<[line: number, column: number]>;
}

export interface CompileOptions {
  /**
   * Threads mode: preemption points between statements and inside read-modify-write updates,
   * so the program runs as if its greenlets were preemptive threads (src/compile/preempt.ts).
   */
  threads?: boolean;
}

export type CompileResult =
  { ok: true; program: CompiledProgram } | { ok: false; error: CompileError };

/** Internal failure carrying a learner position; converted to a CompileError at the boundary. */
export class CompileFailure extends Error {
  readonly position: SourcePosition;

  constructor(message: string, position: SourcePosition) {
    super(message);
    this.name = "CompileFailure";
    this.position = position;
  }
}
