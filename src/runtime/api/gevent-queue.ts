/** The "gevent/queue" module of learner programs. — 学习者程序中的 "gevent/queue" 模块。 */
export { Queue } from "../queue/queue";
export { JoinableQueue } from "../queue/joinable-queue";
export { LifoQueue } from "../queue/lifo-queue";
export { PriorityQueue } from "../queue/priority-queue";
export { Empty, Full, StopIteration } from "../queue/queue-errors";
export type { QueueWaitOptions } from "../queue/queue";
export type { Operation } from "../kernel/operation";
