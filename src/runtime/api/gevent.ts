/** The "gevent" module of learner programs. — 学习者程序中的 "gevent" 模块。 */
export { spawn, spawnLater, getcurrent, getHub } from "../greenlet/spawn";
export { sleep, idle } from "../kernel/sleep";
export { joinall, killall, wait, iwait } from "../greenlet/wait";
export { Greenlet } from "../greenlet/gevent-greenlet";
export { Timeout, withTimeout } from "../sync/timeout";
export { AttributeError, GreenletExit, LoopExit, ValueError, RuntimeError } from "../py/errors";
export type { Operation } from "../kernel/operation";
export type { Stream } from "../kernel/stream";
