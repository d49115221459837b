/** A stack frame in the learner's program: V8 `(program.ts:12:5)`, Firefox `@program.ts:12:5`. */
const PROGRAM_FRAME = /program\.ts:(\d+):\d+/;

/**
 * The learner's line an error was raised at: the first `program.ts:L:C` frame of its stack (the
 * innermost learner frame; the compile step's `sourceURL` names it), or 0 when there is none.
 * Only called when a greenlet fails, never on the switch path.
 */
export function stackLine(error: unknown): number {
  if (typeof error !== "object" || error === null) return 0;
  const stack = (error as { stack?: unknown }).stack;
  if (typeof stack !== "string") return 0;
  const match = PROGRAM_FRAME.exec(stack);
  return match ? Number(match[1]) : 0;
}
