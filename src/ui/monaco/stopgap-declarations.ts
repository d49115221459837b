/**
 * What Monaco's TypeScript service needs to accept a learner program until the declarations
 * generated from src/runtime arrive (the playground issue replaces this file):
 * - the API's module names as shorthand ambient modules (their imports are untyped for now);
 * - the two globals;
 * - `yield` as a global: at the top level TypeScript parses `yield* x` as `yield * x`, so the
 *   reserved-word and arithmetic-operand diagnostics are ignored (see monaco-setup.ts) and the
 *   name must resolve. A sloppy-mode script may declare it; this file is such a script.
 *   Known gap until then: `const x = yield* op` at the top level is typed `number`.
 */
const MODULES = [
  "gevent",
  "gevent/event",
  "gevent/queue",
  "gevent/pool",
  "gevent/lock",
  "gevent/local",
  "gevent/monkey",
  "greenlet",
  "time",
  "socket",
  "requests",
  "random",
];

const GLOBALS = `
/** Prints one line: the arguments joined by one space. — 输出一行：各参数以一个空格连接。 */
declare function print(...args: unknown[]): void;
/** Python's range: [0, n) or [start, stop) by step. — 同 Python 的 range。 */
declare function range(stopOrStart: number, stop?: number, step?: number): number[];
declare var yield: any;
`;

export const STOPGAP_DECLARATIONS =
  MODULES.map((name) => `declare module ${JSON.stringify(name)};`).join("\n") + GLOBALS;

/**
 * Top-level `yield* x` read as `yield * x`: "'yield' is a reserved word in strict mode" (1212
 * in scripts, 1214 in modules) and "the right-hand side of an arithmetic operation must be..."
 * (2363).
 */
export const IGNORED_DIAGNOSTICS = [1212, 1214, 2363];
