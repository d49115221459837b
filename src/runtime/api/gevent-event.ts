/** The "gevent/event" module of learner programs. — 学习者程序中的 "gevent/event" 模块。 */
export { Event } from "../event";
export { AsyncResult } from "../async-result";
export type { Operation } from "../operation";
