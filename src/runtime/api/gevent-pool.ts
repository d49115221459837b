/** The "gevent/pool" module of learner programs. — 学习者程序中的 "gevent/pool" 模块。 */
export { Group } from "../group";
export { Pool } from "../pool";
export { PoolFull } from "../queue-errors";
export type { PoolAddOptions } from "../pool";
export type { IMapOptions } from "../group-mapping";
export type { Operation } from "../operation";
export type { Stream } from "../stream";
