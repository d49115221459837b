/**
 * Error classes with Python's names. `name` is set explicitly (and the class name fixed) so
 * bundling and minifying keep what the learner sees: `GreenletExit`, `LoopExit`, ...
 */

/**
 * @internal Give a class a fixed `name` that survives minification. Only for classes constructed rarely
 * (errors): redefining a constructor's `name` puts V8 (Node 20, Chromium) on a slow path for every
 * later `new` of a class without field initialisers (bench/README.md). The classes a program
 * constructs often (greenlets, queues, locks) define `static get name()` in their body instead,
 * which costs nothing.
 */
export function fixClassName(cls: abstract new (...args: never[]) => unknown, name: string): void {
  Object.defineProperty(cls, "name", { value: name });
}

/** @internal Give an error class a fixed class name and instance `name` that survive minification. */
export function fixName(cls: abstract new (...args: never[]) => unknown, name: string): void {
  fixClassName(cls, name);
  Object.defineProperty(cls.prototype, "name", {
    value: name,
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

/**
 * Raised inside a greenlet to kill it; a greenlet that dies of it counts as successful.
 * — 用来结束一个 greenlet 的异常；因它结束的 greenlet 仍算成功。
 */
export class GreenletExit extends Error {}
fixName(GreenletExit, "GreenletExit");

/**
 * Raised in the main greenlet when it waits and nothing can ever wake it.
 * — 主 greenlet 等待而再也不会被唤醒时抛出。
 */
export class LoopExit extends Error {}
fixName(LoopExit, "LoopExit");

/** Python's ValueError. — Python 的 ValueError。 */
export class ValueError extends Error {}
fixName(ValueError, "ValueError");

/** Python's AttributeError. — Python 的 AttributeError。 */
export class AttributeError extends Error {}
fixName(AttributeError, "AttributeError");

/** Python's RuntimeError. — Python 的 RuntimeError。 */
export class RuntimeError extends Error {}
fixName(RuntimeError, "RuntimeError");

/** Python's TypeError, for misuse of the API. — Python 的 TypeError。 */
export class PyTypeError extends Error {}
fixName(PyTypeError, "TypeError");

/** The learner's program broke a run limit (virtual time, events, CPU). Not catchable in effect. */
export class RunLimitError extends Error {}
fixName(RunLimitError, "RunLimitError");

/** An exception given as a class or an instance, as gevent accepts: make an instance. */
export function toException(exception: unknown, fallback: new () => Error): unknown {
  if (exception === undefined) return new fallback();
  if (typeof exception === "function") {
    return new (exception as new () => unknown)();
  }
  return exception;
}

/** "Name: message", or just "Name" when the message is empty, as Python prints it. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    return error.message ? `${error.name}: ${error.message}` : error.name;
  }
  return `Exception: ${String(error)}`;
}

/** The Python class name of an exception value. */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : "Exception";
}
