import { PyTypeError } from "../py/errors";
import { bytesRepr } from "../py/format";
import type { Hub } from "../kernel/hub";
import { BrokenPipeError } from "./net-errors";
import { Suspend } from "../kernel/operation";
import { checkOpen } from "./socket-conn";
import type { Socket } from "./socket";
import { BLOCK, SOCKET_STATE } from "../tracing/trace-kinds";
import { toBytes } from "../py/utf8";

/**
 * `sock.send(data)` / `sock.sendall(data)`: the bytes go on their way to the peer at once (the
 * simulated buffers have no limit, so sending never waits), arriving after the connection's
 * latency. gevent's send does not switch either when the buffer has room.
 */
export class SendOp extends Suspend<number | undefined> {
  readonly reason = BLOCK.SOCKET;
  constructor(
    private readonly sock: Socket,
    private readonly data: Uint8Array | string,
    private readonly all: boolean,
  ) {
    super();
  }

  protected tryNow(hub: Hub): number | undefined {
    hub.current._site = hub.site;
    const s = this.sock;
    checkOpen(s);
    const data: unknown = this.data;
    if (typeof data !== "string" && !(data instanceof Uint8Array)) {
      const type = data === null ? "None" : typeof data;
      throw new PyTypeError(
        `a bytes-like object (Uint8Array) or a string is required, not '${type}'`,
      );
    }
    const bytes = toBytes(data);
    const peer = s._peer;
    if (peer === null || s._state === SOCKET_STATE.CONNECTING) throw new BrokenPipeError();
    if (peer._state === SOCKET_STATE.CLOSED) throw new BrokenPipeError();
    peer._inbox?.push(hub, s._latency, bytes);
    peer._wait.check(hub);
    return this.all ? undefined : bytes.length;
  }

  perform(): void {}

  override objectId(): number {
    return this.sock._traceId;
  }

  describe(): string {
    const data = typeof this.data === "string" ? toBytes(this.data) : this.data;
    const shown = data instanceof Uint8Array ? bytesRepr(data.subarray(0, 30)) : "…";
    return `socket.${this.all ? "sendall" : "send"}(${shown})`;
  }
}
