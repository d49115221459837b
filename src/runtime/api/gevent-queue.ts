/** The "gevent/queue" module of learner programs. — 学习者程序中的 "gevent/queue" 模块。 */
export { Queue } from "../queue";
export { JoinableQueue } from "../joinable-queue";
export { LifoQueue } from "../lifo-queue";
export { PriorityQueue } from "../priority-queue";
export { Empty, Full, StopIteration } from "../queue-errors";
export type { QueueWaitOptions } from "../queue";
export type { Operation } from "../operation";
