import type { ProgramEnv } from "./env";
import { runProgram, type RunOptions, type RunResult } from "./run";

/**
 * Test helper: run a program written directly in TypeScript (no compile step). `print` comes from
 * the env, as in a compiled program.
 */
export function runTest(
  body: (
    print: (...args: unknown[]) => void,
    env: ProgramEnv,
  ) => Iterator<unknown, unknown, unknown> | void,
  options: RunOptions = {},
): RunResult {
  return runProgram(function* (env) {
    const r = body(env.print, env);
    if (r) yield* r as unknown as Iterable<unknown, unknown, unknown>;
  }, options);
}

/** The stdout lines of a run. */
export function lines(r: RunResult): string[] {
  return r.stdout === "" ? [] : r.stdout.replace(/\n$/, "").split("\n");
}
