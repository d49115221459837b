/** The "gevent" module of learner programs. — 学习者程序中的 "gevent" 模块。 */
export { spawn, spawnLater, getcurrent, getHub } from "../spawn";
export { sleep, idle } from "../sleep";
export { joinall, killall, wait, iwait } from "../wait";
export { Greenlet } from "../gevent-greenlet";
export { Timeout, withTimeout } from "../timeout";
export { GreenletExit, LoopExit, ValueError, RuntimeError } from "../errors";
export type { Operation } from "../operation";
export type { Stream } from "../stream";
