/** The "gevent/event" module of learner programs. — 学习者程序中的 "gevent/event" 模块。 */
export { Event } from "../sync/event";
export { AsyncResult } from "../sync/async-result";
export type { Operation } from "../kernel/operation";
