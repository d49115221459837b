/** Matches a stack frame in the learner's program: V8 `(program.ts:12:5)`, Firefox `@program.ts:12:5`. */
const PROGRAM_FRAME = /program\.ts:(\d+):\d+/;

/**
 * The learner's line where an error was raised: the first `program.ts:L:C` frame of its stack
 * (the innermost learner frame), or 0 when the stack has none.
 */
export function errorLine(error: unknown): number {
  if (typeof error !== "object" || error === null) return 0;
  const stack = (error as { stack?: unknown }).stack;
  if (typeof stack !== "string") return 0;
  const match = PROGRAM_FRAME.exec(stack);
  return match ? Number(match[1]) : 0;
}
