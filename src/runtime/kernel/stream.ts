import type { Operation } from "./operation";
import { isIterator } from "./raw-greenlet";

/** Calls `fn(value)`, running its result with `yield*` when it is an iterator. */
export function* callMaybeGenerator(
  fn: (...args: never[]) => unknown,
  args: unknown[],
): Generator<unknown, unknown> {
  const r: unknown = (fn as (...a: unknown[]) => unknown)(...args);
  if (isIterator(r)) return yield* r as unknown as Iterable<unknown, unknown, unknown>;
  return r;
}

/**
 * Results handed over as they complete (iwait, imap, imapUnordered). Not a JavaScript iterable,
 * because taking the next value may switch: use `yield* s.forEach(fn)`, `yield* s.next()` or
 * `yield* s.toArray()`.
 * — 按完成顺序交出的结果流。取下一个值可能切换，所以它不是 JS 可迭代对象：用 `yield* s.forEach(fn)`、
 * `yield* s.next()` 或 `yield* s.toArray()`。
 */
export abstract class Stream<T> {
  /** The next value, or `{ done: true }` at the end. — 下一个值；结束时 `{ done: true }`。 */
  abstract next(): Operation<IteratorResult<T, undefined>>;

  /** Run `fn` on each value as it arrives. — 每到一个值就对它运行 `fn`。 */
  *forEach(fn: (value: T) => unknown): Generator<unknown, void, unknown> {
    for (;;) {
      const r = yield* this.next();
      if (r.done) return;
      yield* callMaybeGenerator(fn as (...args: never[]) => unknown, [r.value]);
    }
  }

  /** Every value, in arrival order. — 按到达顺序的全部值。 */
  *toArray(): Generator<unknown, T[], unknown> {
    const out: T[] = [];
    for (;;) {
      const r = yield* this.next();
      if (r.done) return out;
      out.push(r.value);
    }
  }
}
