/** The "gevent/lock" module of learner programs. — 学习者程序中的 "gevent/lock" 模块。 */
export { Semaphore, BoundedSemaphore, Lock } from "../lock";
export { RLock } from "../rlock";
export type { AcquireOptions } from "../semaphore";
export type { Operation } from "../operation";
