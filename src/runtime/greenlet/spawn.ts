import { activeHub } from "../kernel/context";
import { Greenlet } from "./gevent-greenlet";
import type { HubGreenlet } from "../kernel/hub-greenlet";
import type { AnyFn, RawGreenlet } from "../kernel/raw-greenlet";

/** The return type of a plain or generator function, as a greenlet's value. */
export type ResultOf<F> = F extends (...args: never[]) => infer R
  ? R extends Iterator<unknown, infer T, unknown>
    ? T
    : R
  : unknown;

/**
 * Create a greenlet running `fn(...args)` and schedule it; it runs once the current greenlet
 * yields. Does not switch.
 * — 创建运行 `fn(...args)` 的 greenlet 并安排运行；当前 greenlet 让出后它才运行。不会切换。
 */
export function spawn<F extends AnyFn>(fn: F, ...args: Parameters<F>): Greenlet<ResultOf<F>> {
  const g = new Greenlet<ResultOf<F>>(fn, ...(args as unknown[]));
  g.start();
  return g;
}

/**
 * Like `spawn`, but start after `seconds` of virtual time.
 * — 同 `spawn`，但在 `seconds` 虚拟秒后开始。
 */
export function spawnLater<F extends AnyFn>(
  seconds: number,
  fn: F,
  ...args: Parameters<F>
): Greenlet<ResultOf<F>> {
  const g = new Greenlet<ResultOf<F>>(fn, ...(args as unknown[]));
  g.startLater(seconds);
  return g;
}

/** The running greenlet. — 当前正在运行的 greenlet。 */
export function getcurrent(): RawGreenlet {
  return activeHub().current;
}

/** The hub: the greenlet that runs the loop. — hub：运行事件循环的 greenlet。 */
export function getHub(): HubGreenlet {
  return activeHub().hubGreenlet;
}
