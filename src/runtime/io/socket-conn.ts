import { badFileDescriptor, ConnectionRefusedError, ERRNO, OSError } from "./net-errors";
import type { Hub } from "../kernel/hub";
import { Inbox } from "./inbox";
import { addressRepr, isLoopback, networkOf, THIS_HOST, type Address } from "./net";
import type { Socket } from "./socket";
import { EV, SOCKET_STATE } from "../tracing/trace-kinds";

/** A connection that reached a listening socket and waits to be accepted. */
export interface PendingConnection {
  /** When the client's handshake reaches the listener. */
  at: number;
  /** The server's end of the connection, which `accept` returns. */
  socket: Socket;
}

/**
 * Start connecting `client` to `address`. The handshake takes a round trip (twice the one-way
 * latency; nothing on loopback): the listener sees the connection after one latency, the client
 * is connected (or refused, when nobody listens there) after two. Only sockets made by
 * `newSocket` ever become the server's end, so nothing is made for a refused connection.
 */
export function openConnection(
  hub: Hub,
  client: Socket,
  address: Address,
  newSocket: () => Socket,
): void {
  checkOpen(client);
  const state = client._state;
  if (state !== SOCKET_STATE.CREATED && state !== SOCKET_STATE.BOUND) {
    throw new OSError(ERRNO.EISCONN, "Transport endpoint is already connected");
  }
  const net = networkOf(hub);
  const [host, port] = address;
  const latency = net.latencyTo(host);
  if (client._local === null) {
    client._local = net.bind(isLoopback(host) ? "127.0.0.1" : THIS_HOST, 0);
    client._ownsAddress = true;
  }
  client._remote = [host, port];
  client._latency = latency;
  client._connectAt = hub.clock.now + 2 * latency;
  client._setState(SOCKET_STATE.CONNECTING);
  const listener = net.listenerAt(host, port);
  client._refused = listener === undefined;
  if (listener !== undefined) enqueueServerEnd(hub, listener, client, newSocket());
}

/** Make `server` the listener's end of the connection with `client`, waiting to be accepted. */
function enqueueServerEnd(hub: Hub, listener: Socket, client: Socket, server: Socket): void {
  const from = client._local as Address;
  server._local = client._remote;
  server._remote = from;
  server._latency = client._latency;
  server._peer = client;
  server._inbox = new Inbox(server._traceId);
  client._peer = server;
  client._inbox = new Inbox(client._traceId);
  // Named after its client until the program names it (`const [conn] = ...` does not).
  const name = hub.trace.intern(`connection from ${addressRepr(from)}`);
  hub.trace.emit(EV.OBJ_NAMED, hub.current.gid, server._traceId, name, hub.site);
  server._setState(SOCKET_STATE.CONNECTED);
  listener._backlog.push({ at: hub.clock.now + client._latency, socket: server });
  traceItem(hub, EV.ITEM_IN, listener, from);
  listener._wait.check(hub);
}

/** The handshake is over: connected, or ConnectionRefusedError. */
export function finishConnect(client: Socket): void {
  if (!client._refused) return client._setState(SOCKET_STATE.CONNECTED);
  client._refused = false;
  client._remote = null;
  client._setState(SOCKET_STATE.BOUND);
  throw new ConnectionRefusedError();
}

/** The next connection that has reached `listener`, with the client's address, if any. */
export function takeConnection(hub: Hub, listener: Socket): [Socket, Address] | undefined {
  const next = listener._backlog[0];
  if (next === undefined || next.at > hub.clock.now) return undefined;
  listener._backlog.shift();
  const client = next.socket._remote as Address;
  traceItem(hub, EV.ITEM_OUT, listener, client);
  return [next.socket, [client[0], client[1]]];
}

/** `s.listen(backlog)`: an unbound socket first gets a free port on every host, as on Linux. */
export function startListening(hub: Hub, s: Socket, backlog: number): void {
  checkOpen(s);
  const state = s._state;
  if (
    state !== SOCKET_STATE.CREATED &&
    state !== SOCKET_STATE.BOUND &&
    state !== SOCKET_STATE.LISTENING
  ) {
    throw new OSError(ERRNO.EINVAL, "Invalid argument");
  }
  if (s._local === null) s.bind(["0.0.0.0", 0]);
  networkOf(hub).listen(s._local as Address, s);
  hub.trace.emit(EV.OBJ_LIMIT, hub.current.gid, s._traceId, Math.max(0, backlog), hub.site);
  s._setState(SOCKET_STATE.LISTENING);
}

/**
 * Close `s`: its address is free again, the peer reads the end of stream after the latency,
 * connections still waiting to be accepted are closed (their clients read the end too), and a
 * greenlet still waiting on `s` gets gevent's error.
 */
export function closeSocket(hub: Hub, s: Socket): void {
  if (s._state === SOCKET_STATE.CLOSED) return;
  s._setState(SOCKET_STATE.CLOSED);
  if (s._local !== null && s._ownsAddress) networkOf(hub).release(s._local);
  const peer = s._peer;
  if (peer !== null && peer._inbox !== null) {
    peer._inbox.end(hub, s._latency);
    peer._wait.check(hub);
  }
  for (const pending of s._backlog.splice(0)) closeSocket(hub, pending.socket);
  s._wait.fail(
    hub,
    () => new OSError(ERRNO.EBADF, "File descriptor was closed in another greenlet"),
  );
}

/** `[Errno 9] Bad file descriptor` for a closed socket. */
export function checkOpen(s: Socket): void {
  if (s._state === SOCKET_STATE.CLOSED) throw badFileDescriptor();
}

function traceItem(hub: Hub, kind: number, listener: Socket, client: Address): void {
  const item = hub.trace.intern(addressRepr(client));
  hub.trace.emit(kind, hub.current.gid, listener._traceId, item, hub.site);
}
