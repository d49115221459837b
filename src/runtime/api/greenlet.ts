/** The "greenlet" module of learner programs. — 学习者程序中的 "greenlet" 模块。 */
import { RawGreenlet, type AnyFn } from "../kernel/raw-greenlet";

/** The raw greenlet class, callable with or without `new`. — 原始 greenlet 类，可用或不用 `new` 调用。 */
export const greenlet = new Proxy(RawGreenlet, {
  apply(target, _self, args: [AnyFn?, RawGreenlet?]) {
    return new target(...args);
  },
}) as typeof RawGreenlet & ((run?: AnyFn, parent?: RawGreenlet | null) => RawGreenlet);
// A raw greenlet's `constructor` is the class learners hold: `getcurrent().constructor === greenlet`.
Object.defineProperty(RawGreenlet.prototype, "constructor", {
  value: greenlet,
  writable: true,
  configurable: true,
});

/** The type of raw greenlets. */
export type greenlet = RawGreenlet;

export { getcurrent } from "../greenlet/spawn";
export { GreenletExit } from "../py/errors";
