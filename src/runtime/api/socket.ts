/**
 * The "socket" module of learner programs: TCP sockets on an in-memory network inside the run.
 * — 学习者程序中的 "socket" 模块：运行内部内存网络上的 TCP 套接字。
 */
import { Socket as SocketClass } from "../io/socket";

/**
 * Make a TCP socket, with or without `new`: `socket()`, `socket(AF_INET, SOCK_STREAM)`.
 * — 创建 TCP 套接字，可用或不用 `new`。
 */
export const socket = new Proxy(SocketClass, {
  apply(target, _self, args: [number?, number?]) {
    return new target(...args);
  },
}) as typeof SocketClass & ((family?: number, type?: number) => SocketClass);
/** A TCP socket. — TCP 套接字。 */
export type Socket = SocketClass;

export { AF_INET, SOCK_STREAM, SOL_SOCKET, SO_REUSEADDR, latency } from "../io/net";
export {
  OSError,
  OSError as error,
  ConnectionError,
  ConnectionRefusedError,
  BrokenPipeError,
  ConcurrentObjectUseError,
} from "../io/net-errors";
