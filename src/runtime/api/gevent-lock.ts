/** The "gevent/lock" module of learner programs. — 学习者程序中的 "gevent/lock" 模块。 */
export { Semaphore, BoundedSemaphore, Lock } from "../sync/lock";
export { RLock } from "../sync/rlock";
export type { AcquireOptions } from "../sync/semaphore";
export type { Operation } from "../kernel/operation";
