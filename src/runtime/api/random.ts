/**
 * The "random" module of learner programs: seeded (the run's seed, or `seed(n)`), so the same
 * seed gives the same run.
 * — 学习者程序中的 "random" 模块：有种子（运行的种子或 `seed(n)`），同一种子得到同样的运行。
 */
import { activeRun } from "../kernel/context";
import { fixName, PyTypeError, ValueError } from "../py/errors";

/** Python's IndexError. — Python 的 IndexError。 */
export class IndexError extends Error {}
fixName(IndexError, "IndexError");

/** Reset the generator to `n` (a number or a string). — 用 `n`（数字或字符串）重置随机数生成器。 */
export function seed(n: number | string): void {
  activeRun().rng.seed(typeof n === "string" ? hashString(n) : Math.floor(n));
}

/** A float in [0, 1). — [0, 1) 之间的浮点数。 */
export function random(): number {
  return activeRun().rng.random();
}

/** An integer in [a, b], both included. — [a, b] 之间的整数（含两端）。 */
export function randint(a: number, b: number): number {
  return randrange(a, b + 1);
}

/**
 * An integer from `range(start, stop, step)`; `randrange(n)` is one of 0..n-1.
 * — 从 `range(start, stop, step)` 中随机取一个整数；`randrange(n)` 取 0..n-1。
 */
export function randrange(start: number, stop?: number, step = 1): number {
  const [lo, hi] = stop === undefined ? [0, start] : [start, stop];
  if (![lo, hi, step].every(Number.isInteger))
    throw new ValueError("non-integer arg for randrange()");
  if (step === 0) throw new ValueError("zero step for randrange()");
  const count = step > 0 ? Math.ceil((hi - lo) / step) : Math.ceil((lo - hi) / -step);
  if (count <= 0) throw new ValueError(`empty range in randrange(${lo}, ${hi})`);
  return lo + step * activeRun().rng.randint(0, count - 1);
}

/** One of `items`. — 从 `items` 中随机取一个。 */
export function choice<T>(items: readonly T[]): T {
  if (items.length === 0) throw new IndexError("Cannot choose from an empty sequence");
  return items[activeRun().rng.randint(0, items.length - 1)];
}

/** A float in [a, b]. — [a, b] 之间的浮点数。 */
export function uniform(a: number, b: number): number {
  return a + (b - a) * activeRun().rng.random();
}

/** Shuffle `items` in place. — 原地打乱 `items`。 */
export function shuffle<T>(items: T[]): void {
  const rng = activeRun().rng;
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.randint(0, i);
    [items[i], items[j]] = [items[j], items[i]];
  }
}

/** `k` different items of `items`, in random order. — 从 `items` 中不重复地取 `k` 个。 */
export function sample<T>(items: readonly T[], k: number): T[] {
  if (!Number.isInteger(k)) throw new PyTypeError("sample() k must be an integer");
  if (k < 0 || k > items.length)
    throw new ValueError("Sample larger than population or is negative");
  const pool = items.slice();
  shuffle(pool);
  return pool.slice(0, k);
}

/** A string's seed: the same string, the same run. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
