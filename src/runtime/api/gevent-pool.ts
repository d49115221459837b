/** The "gevent/pool" module of learner programs. — 学习者程序中的 "gevent/pool" 模块。 */
export { Group } from "../pool/group";
export { Pool } from "../pool/pool";
export { PoolFull } from "../queue/queue-errors";
export type { PoolAddOptions } from "../pool/pool";
export type { IMapOptions } from "../pool/group-mapping";
export type { Operation } from "../kernel/operation";
export type { Stream } from "../kernel/stream";
