import { fixName } from "../py/errors";

/**
 * Raised by `get` on an empty queue that cannot wait (`block: false`, a timeout, `getNowait`).
 * — 空队列无法等待时 `get` 抛出（`block: false`、超时、`getNowait`）。
 */
export class Empty extends Error {}
fixName(Empty, "Empty");

/**
 * Raised by `put` on a full queue that cannot wait (`block: false`, a timeout, `putNowait`).
 * — 满队列无法等待时 `put` 抛出（`block: false`、超时、`putNowait`）。
 */
export class Full extends Error {}
fixName(Full, "Full");

/**
 * Raised by a Pool's `add` when it is full and cannot wait (`blocking: false` or a timeout).
 * — Pool 已满且不能等待时 `add` 抛出（`blocking: false` 或超时）。
 */
export class PoolFull extends Full {}
fixName(PoolFull, "PoolFull");

/**
 * The item that ends a queue's `forEach` (Python's `StopIteration` put in a queue).
 * — 结束队列 `forEach` 的特殊项（对应 Python 放入队列的 `StopIteration`）。
 */
export const StopIteration: unique symbol = Symbol("StopIteration");
