import type { ObjectId } from "../kernel/ids";
import { activeHub } from "../kernel/context";
import { ValueError } from "../py/errors";
import type { Inbox } from "./inbox";
import { isPatchedNow } from "./monkey-state";
import { addressRepr, AF_INET, networkOf, SOCK_STREAM, toAddress, type Address } from "./net";
import { ERRNO, OSError } from "./net-errors";
import type { Operation } from "../kernel/operation";
import { checkOpen, closeSocket, startListening, type PendingConnection } from "./socket-conn";
import { AcceptOp, ConnectOp, RecvOp } from "./socket-ops";
import { SendOp } from "./socket-send";
import { WaitSlot } from "./socket-wait";
import { EV, OBJ, SOCKET_STATE, type SocketState } from "../tracing/trace-kinds";

/**
 * A TCP socket on the run's in-memory network. Unpatched, `accept`, `connect` and `recv` block
 * the whole program, as Python's do; after `monkey.patchSocket()` or `patchAll()` they block only
 * the calling greenlet, as gevent's do. Every call that may wait is run with `yield*` either way.
 * — 运行内存网络上的 TCP 套接字。未打补丁时 `accept`、`connect`、`recv` 阻塞整个程序（同 Python）；
 * `monkey.patchSocket()` 或 `patchAll()` 后只阻塞调用它的 greenlet（同 gevent）。可能等待的调用都要 `yield*`。
 */
export class Socket {
  /** Its Python name, whatever a minifier calls the class. — 它的 Python 名字，不受压缩影响。 */
  // @ts-expect-error TS2699 is for assigned statics; this accessor comes with the class (fixClassName).
  static get name(): string {
    return "socket";
  }

  /** @internal */ readonly _traceId: ObjectId;
  /** @internal */ _state: SocketState = SOCKET_STATE.CREATED;
  /** @internal */ _local: Address | null = null;
  /** @internal whether closing frees `_local` (an accepted socket shares its listener's) */
  _ownsAddress = false;
  /** @internal */ _remote: Address | null = null;
  /** @internal the other end of the connection */ _peer: Socket | null = null;
  /** @internal bytes on their way here */ _inbox: Inbox | null = null;
  /** @internal one-way latency of the connection */ _latency = 0;
  /** @internal when the handshake completes */ _connectAt = 0;
  /** @internal nobody listened at the address connected to */ _refused = false;
  /** @internal connections waiting to be accepted */ readonly _backlog: PendingConnection[] = [];
  /** @internal */ readonly _wait: WaitSlot;

  /** The address family: AF_INET. — 地址族：AF_INET。 */
  readonly family: number;
  /** The socket type: SOCK_STREAM. — 套接字类型：SOCK_STREAM。 */
  readonly type: number;

  constructor(family: number = AF_INET, type: number = SOCK_STREAM) {
    if (family !== AF_INET || type !== SOCK_STREAM) {
      throw new ValueError(
        "only TCP sockets are simulated: socket(AF_INET, SOCK_STREAM) — 只模拟 TCP 套接字：socket(AF_INET, SOCK_STREAM)",
      );
    }
    this.family = family;
    this.type = type;
    this._traceId = activeHub().objectCreated(OBJ.SOCKET);
    this._wait = new WaitSlot(this._traceId);
  }

  /** The class as Python prints it, which patching changes: `<class 'socket.socket'>`. */
  static toString(): string {
    return socketPatchedIfRunning()
      ? "<class 'gevent._socket3.socket'>"
      : "<class 'socket.socket'>";
  }

  /** Take the address `[host, port]`; port 0 picks a free port. — 绑定地址；端口 0 自动选空闲端口。 */
  bind(address: [host: string, port: number]): void {
    checkOpen(this);
    const [host, port] = toAddress(address, "bind");
    if (this._local !== null) throw new OSError(ERRNO.EINVAL, "Invalid argument");
    this._local = networkOf().bind(host, port);
    this._ownsAddress = true;
    this._setState(SOCKET_STATE.BOUND);
  }

  /** This socket's `[host, port]`. — 本套接字的地址。 */
  getsockname(): [host: string, port: number] {
    return this._local === null ? ["0.0.0.0", 0] : [this._local[0], this._local[1]];
  }

  /** The connected peer's `[host, port]`. — 已连接对端的地址。 */
  getpeername(): [host: string, port: number] {
    const r = this._remote;
    const connected =
      this._state === SOCKET_STATE.CONNECTED || this._state === SOCKET_STATE.PEER_CLOSED;
    if (r === null || !connected)
      throw new OSError(ERRNO.ENOTCONN, "Transport endpoint is not connected");
    return [r[0], r[1]];
  }

  /** Accept connections, up to `backlog` waiting. — 开始监听连接。 */
  listen(backlog = 128): void {
    startListening(activeHub(), this, backlog);
  }

  /** Wait for a connection: `[connection, [host, port]]`. — 等待一个连接。 */
  accept(): Operation<[Socket, [host: string, port: number]]> {
    return new AcceptOp(this);
  }

  /** Connect to `[host, port]`; ConnectionRefusedError when nobody listens. — 连接；无人监听时抛 ConnectionRefusedError。 */
  connect(address: [host: string, port: number]): Operation<void> {
    const to = toAddress(address, "connect");
    return new ConnectOp(this, to, () => new Socket(this.family, this.type));
  }

  /** Up to `size` bytes; an empty array at the end of stream. — 最多 `size` 字节；流结束时为空数组。 */
  recv(size: number): Operation<Uint8Array> {
    return new RecvOp(this, size);
  }

  /** Send bytes (a string is sent as UTF-8); gives the count. — 发送字节（字符串按 UTF-8）；返回字节数。 */
  send(data: Uint8Array | string): Operation<number> {
    return new SendOp(this, data, false) as Operation<number>;
  }

  /** Send all the bytes. — 发送全部字节。 */
  sendall(data: Uint8Array | string): Operation<void> {
    return new SendOp(this, data, true) as Operation<unknown> as Operation<void>;
  }

  /** Close; the peer then reads the end of stream. — 关闭；对端随后读到流结束。 */
  close(): void {
    closeSocket(activeHub(), this);
  }

  /** Accepted and ignored (SO_REUSEADDR and the like). — 接受但不起作用。 */
  setsockopt(level: number, option: number, value: number | boolean): void {
    void [level, option, value];
    checkOpen(this);
  }

  toString(): string {
    if (this._state === SOCKET_STATE.CLOSED) return "<socket.socket [closed]>";
    const laddr = this._local === null ? "" : ` laddr=${addressRepr(this._local)}`;
    const raddr = this._remote === null ? "" : ` raddr=${addressRepr(this._remote)}`;
    return `<socket.socket family=${this.family} type=${this.type}${laddr}${raddr}>`;
  }

  /** @internal Change state, traced. */
  _setState(state: SocketState): void {
    if (this._state === state) return;
    this._state = state;
    const hub = activeHub();
    hub.trace.emit(EV.OBJ_STATE, hub.current.gid, this._traceId, state, hub.site);
  }
}

/** Whether the socket module is patched; false outside a run (a debugger printing the class). */
function socketPatchedIfRunning(): boolean {
  try {
    return isPatchedNow("socket");
  } catch {
    return false;
  }
}
