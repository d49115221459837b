/**
 * The frame around a learner program. Everything added sits on line 1 (before the learner's
 * first line) or after the last line, so the learner's line N stays line N.
 *
 * The helpers live in an outer generator and the program in an inner one, so a learner may
 * declare their own `range` or `print` without clashing with ours. Imports are hoisted into the
 * outer one at IMPORT_SLOT, as ES modules hoist them.
 */
export const HELPERS = ["print", "range", "__s", "__c", "__w", "__lg", "__n", "__p"] as const;

const HEAD = `(function* (env) { "use strict"; const { ${HELPERS.join(", ")} } = env; `;
const BODY_OPEN = "return yield* (function* () { ";
const TAIL = "\n})(); })\n//# sourceURL=program.ts";

/** Where hoisted imports are inserted in the wrapped code. */
export const IMPORT_SLOT = HEAD.length;
/** Where the learner's code starts in the wrapped code. */
export const PREFIX_LENGTH = HEAD.length + BODY_OPEN.length;

export function wrapProgram(code: string): string {
  return HEAD + BODY_OPEN + code + TAIL;
}
