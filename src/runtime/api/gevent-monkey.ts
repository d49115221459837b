/**
 * The "gevent/monkey" module: make the simulated blocking library cooperate, like gevent's
 * monkey patching. Patching is a flag the blocking calls read when they run, so it works
 * although imports are hoisted, and it lasts until the run ends.
 * — "gevent/monkey" 模块：让模拟的阻塞库与 greenlet 协作。补丁是阻塞调用运行时读取的标志。
 */
import { isPatchedNow, markPatched, type PatchName } from "../io/monkey-state";

/** Which modules `patchAll` patches (default all). — `patchAll` 要打补丁的模块（默认全部）。 */
export interface PatchAllOptions {
  time?: boolean;
  socket?: boolean;
}

/**
 * Patch everything: `time.sleep` becomes `gevent.sleep`; socket and requests calls block only
 * their own greenlet.
 * — 全部打补丁：`time.sleep` 变成 `gevent.sleep`；socket 与 requests 的调用只阻塞自己的 greenlet。
 */
export function patchAll(options: PatchAllOptions = {}): void {
  if (options.time !== false) markPatched("time");
  if (options.socket !== false) markPatched("socket");
}

/** Patch "time": `time.sleep` cooperates. — 给 "time" 打补丁：`time.sleep` 会协作。 */
export function patchTime(): void {
  markPatched("time");
}

/**
 * Patch "socket": sockets, and `requests` built on them, cooperate.
 * — 给 "socket" 打补丁：套接字以及基于它的 `requests` 会协作。
 */
export function patchSocket(): void {
  markPatched("socket");
}

/** Whether `name` ("time" or "socket") is patched. — `name` 是否已打补丁。 */
export function isPatched(name: PatchName | string): boolean {
  return (name === "time" || name === "socket") && isPatchedNow(name);
}
