/** The "random" module of learner programs: seeded, so the same seed gives the same run. — 有种子的 "random" 模块。 */
import { activeHub } from "../context";

/** Reset the generator to `n`. — 用 `n` 重置随机数生成器。 */
export function seed(n: number): void {
  activeHub().rng.seed(n);
}

/** A float in [0, 1). — [0, 1) 之间的浮点数。 */
export function random(): number {
  return activeHub().rng.random();
}

/** An integer in [a, b], both included. — [a, b] 之间的整数（含两端）。 */
export function randint(a: number, b: number): number {
  return activeHub().rng.randint(a, b);
}

/** One of `items`. — 从 `items` 中随机取一个。 */
export function choice<T>(items: readonly T[]): T {
  if (items.length === 0) throw new Error("Cannot choose from an empty sequence");
  return items[activeHub().rng.randint(0, items.length - 1)];
}

/** A float in [a, b]. — [a, b] 之间的浮点数。 */
export function uniform(a: number, b: number): number {
  return a + (b - a) * activeHub().rng.random();
}
