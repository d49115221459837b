import { BlockingCall, type HangReason } from "./blocking";
import { ValueError } from "../py/errors";
import type { Hub } from "../kernel/hub";
import { isPatchedNow } from "./monkey-state";
import { addressRepr, type Address } from "./net";
import { ConcurrentObjectUseError, ERRNO, OSError } from "./net-errors";
import { MUST_BLOCK } from "../kernel/operation";
import type { RawGreenlet } from "../kernel/raw-greenlet";
import { checkOpen, finishConnect, openConnection, takeConnection } from "./socket-conn";
import type { Socket } from "./socket";
import { HOLD, SOCKET_STATE } from "../tracing/trace-kinds";

/**
 * A socket call that may wait: patched, in the socket's wait slot (BLOCKED with reason SOCKET
 * and the socket's object id); unpatched, holding the hub (see BlockingCall).
 */
abstract class SocketCall<T> extends BlockingCall<T> {
  protected readonly holdReason = HOLD.SOCKET;

  constructor(protected readonly sock: Socket) {
    super();
  }

  protected patched(): boolean {
    return isPatchedNow("socket");
  }

  protected override tryNow(hub: Hub): T | typeof MUST_BLOCK {
    hub.current._site = hub.site;
    if (this.sock._wait.busy) throw new ConcurrentObjectUseError();
    return super.tryNow(hub);
  }

  perform(hub: Hub, g: RawGreenlet): void {
    this.sock._wait.enter(hub, { g, token: g._token, owner: this, readyAt: () => this.readyAt() });
  }

  protected override teardown(): void {
    this.sock._wait.leave(this);
  }

  override objectId(): number {
    return this.sock._traceId;
  }
}

/** `sock.accept()`: the next connection that reached this listening socket. */
export class AcceptOp extends SocketCall<[Socket, Address]> {
  protected attempt(hub: Hub): [Socket, Address] | typeof MUST_BLOCK {
    checkOpen(this.sock);
    if (this.sock._state !== SOCKET_STATE.LISTENING)
      throw new OSError(ERRNO.EINVAL, "Invalid argument");
    return takeConnection(hub, this.sock) ?? MUST_BLOCK;
  }

  readyAt(): number | undefined {
    return this.sock._backlog[0]?.at;
  }

  protected hangReason(): HangReason {
    return {
      en: "no client is connecting, and no other greenlet can run to connect",
      zh: "没有客户端正在连接，而其他 greenlet 都无法运行来发起连接",
    };
  }

  describe(): string {
    return "socket.accept()";
  }
}

/** `sock.connect(address)`: set up a connection; refused when nobody listens there. */
export class ConnectOp extends SocketCall<void> {
  private started = false;

  constructor(
    sock: Socket,
    private readonly address: Address,
    private readonly newSocket: () => Socket,
  ) {
    super(sock);
  }

  protected attempt(hub: Hub): void | typeof MUST_BLOCK {
    if (!this.started) {
      this.started = true;
      openConnection(hub, this.sock, this.address, this.newSocket);
      // gevent's connect always waits once for the handshake, even on loopback.
      if (this.patched()) return MUST_BLOCK;
    }
    if (this.sock._connectAt > hub.clock.now) return MUST_BLOCK;
    finishConnect(this.sock);
  }

  readyAt(): number {
    return this.sock._connectAt;
  }

  protected hangReason(): HangReason {
    return { en: "the connection is never set up", zh: "连接永远建立不起来" };
  }

  describe(): string {
    return `socket.connect(${addressRepr(this.address)})`;
  }
}

/** `sock.recv(size)`: up to `size` bytes that have arrived; empty at the end of stream. */
export class RecvOp extends SocketCall<Uint8Array> {
  constructor(
    sock: Socket,
    private readonly size: number,
  ) {
    super(sock);
  }

  protected attempt(hub: Hub): Uint8Array | typeof MUST_BLOCK {
    const s = this.sock;
    checkOpen(s);
    if (!Number.isInteger(this.size) || this.size < 0) {
      throw new ValueError("negative buffersize in recv");
    }
    const inbox = s._inbox;
    if (inbox === null || s._state === SOCKET_STATE.CONNECTING) {
      throw new OSError(ERRNO.ENOTCONN, "Transport endpoint is not connected");
    }
    if (this.size === 0) return new Uint8Array(0);
    if (!inbox.ready(hub.clock.now)) return MUST_BLOCK;
    const bytes = inbox.take(hub, this.size);
    if (inbox.atEnd(hub.clock.now) && s._state === SOCKET_STATE.CONNECTED) {
      s._setState(SOCKET_STATE.PEER_CLOSED);
    }
    return bytes;
  }

  readyAt(): number | undefined {
    return this.sock._inbox?.nextAt();
  }

  protected hangReason(): HangReason {
    return {
      en: "no data is on its way, and no other greenlet can run to send any",
      zh: "没有数据正在传来，而其他 greenlet 都无法运行来发送数据",
    };
  }

  describe(): string {
    return `socket.recv(${this.size})`;
  }
}
