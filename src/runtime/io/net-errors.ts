import { fixName } from "../py/errors";

/**
 * Python's OSError (also `socket.error`): `new OSError(111, "Connection refused")` reads
 * `[Errno 111] Connection refused`, as Python prints it.
 * — Python 的 OSError（即 `socket.error`），消息形如 `[Errno 111] Connection refused`。
 */
export class OSError extends Error {
  /** The error number (Linux's), or undefined. — 错误号（Linux 的），或 undefined。 */
  readonly errno: number | undefined;
  /** The text after the number. — 错误号后面的文字。 */
  readonly strerror: string;

  constructor(errno?: number, strerror = "") {
    super(errno === undefined ? strerror : `[Errno ${errno}] ${strerror}`);
    this.errno = errno;
    this.strerror = strerror;
  }
}
fixName(OSError, "OSError");

/** Python's ConnectionError: the connection failed. — 连接失败（Python 的 ConnectionError）。 */
export class ConnectionError extends OSError {}
fixName(ConnectionError, "ConnectionError");

/**
 * Nobody listens at the address connected to. — 连接的地址上没有人在监听。
 */
export class ConnectionRefusedError extends ConnectionError {
  constructor() {
    super(ERRNO.ECONNREFUSED, "Connection refused");
  }
}
fixName(ConnectionRefusedError, "ConnectionRefusedError");

/** Sending to a connection the peer has closed. — 向对方已关闭的连接发送数据。 */
export class BrokenPipeError extends ConnectionError {
  constructor() {
    super(ERRNO.EPIPE, "Broken pipe");
  }
}
fixName(BrokenPipeError, "BrokenPipeError");

/** Linux's error numbers, as Python shows them. */
export const ERRNO = {
  EBADF: 9,
  EINVAL: 22,
  EPIPE: 32,
  EADDRINUSE: 98,
  EISCONN: 106,
  ENOTCONN: 107,
  ECONNREFUSED: 111,
} as const;

/** `[Errno 9] Bad file descriptor`: the socket is closed. */
export function badFileDescriptor(): OSError {
  return new OSError(ERRNO.EBADF, "Bad file descriptor");
}

/**
 * gevent's ConcurrentObjectUseError: a second greenlet waits on a socket one already waits on.
 * — gevent 的 ConcurrentObjectUseError：第二个 greenlet 等待一个已有 greenlet 在等待的套接字。
 */
export class ConcurrentObjectUseError extends Error {
  constructor() {
    super("This socket is already used by another greenlet");
  }
}
fixName(ConcurrentObjectUseError, "ConcurrentObjectUseError");
