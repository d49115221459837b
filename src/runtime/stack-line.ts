/**
 * The learner's line an error was thrown at, read from its stack (`program.ts:LINE:COL`, which
 * the compile step's `sourceURL` produces). Only called when a greenlet fails, never on the
 * switch path. 0 when unknown.
 */
export function stackLine(error: unknown): number {
  const stack = error instanceof Error ? error.stack : undefined;
  if (typeof stack !== "string") return 0;
  const m = /program\.ts:(\d+):\d+/.exec(stack);
  return m ? Number(m[1]) : 0;
}
