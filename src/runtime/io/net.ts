import { PyTypeError, ValueError } from "../py/errors";
import { ERRNO, OSError } from "./net-errors";
import { perRun, runTable } from "../kernel/run-state";
import type { Socket } from "./socket";

/** A socket address, Python's `(host, port)` tuple. — 套接字地址 `[host, port]`。 */
export type Address = [host: string, port: number];

/** Python's socket constants. — Python 的套接字常量。 */
export const AF_INET = 2;
export const SOCK_STREAM = 1;
export const SOL_SOCKET = 1;
export const SO_REUSEADDR = 2;

/** The address the simulated machine has when it talks to another host. */
export const THIS_HOST = "10.0.0.1";
/** One-way latency, in virtual seconds, to a host missing from the latency table. */
export const DEFAULT_LATENCY = 0.05;
const FIRST_EPHEMERAL_PORT = 50000;

/**
 * The in-memory network of one run: which addresses are bound, who listens where, and the
 * latency table. Loopback (127.x.x.x, localhost, 0.0.0.0) has no latency; any other host has the
 * one-way latency the table gives it (DEFAULT_LATENCY when absent).
 */
class Network {
  readonly latency: Record<string, number> = {};
  private readonly listeners = new Map<string, Socket>();
  /** The hosts bound on each port; "0.0.0.0" means every host. */
  private readonly bound = new Map<number, Set<string>>();
  private nextPort = FIRST_EPHEMERAL_PORT;

  /** Reserve `host:port` (port 0: a free port); throws `[Errno 98]` when it is taken. */
  bind(host: string, port: number): Address {
    if (port === 0) port = this.freePort();
    const hosts = this.bound.get(port) ?? new Set<string>();
    if (hosts.has(host) || hosts.has("0.0.0.0") || (host === "0.0.0.0" && hosts.size > 0)) {
      throw new OSError(ERRNO.EADDRINUSE, "Address already in use");
    }
    hosts.add(host);
    this.bound.set(port, hosts);
    return [host, port];
  }

  release([host, port]: Address): void {
    this.bound.get(port)?.delete(host);
    this.listeners.delete(`${host}:${port}`);
  }

  listen([host, port]: Address, socket: Socket): void {
    this.listeners.set(`${host}:${port}`, socket);
  }

  /** Who accepts connections to `host:port`: a socket listening there or on every host. */
  listenerAt(host: string, port: number): Socket | undefined {
    return this.listeners.get(`${host}:${port}`) ?? this.listeners.get(`0.0.0.0:${port}`);
  }

  /** The one-way latency to `host`, in virtual seconds. */
  latencyTo(host: string): number {
    if (isLoopback(host)) return 0;
    const value = this.latency[host] ?? DEFAULT_LATENCY;
    if (typeof value !== "number" || !(value >= 0) || !Number.isFinite(value)) {
      throw new ValueError(`socket.latency["${host}"] must be a number of seconds >= 0`);
    }
    return value;
  }

  private freePort(): number {
    while (this.bound.get(this.nextPort)?.size) this.nextPort++;
    return this.nextPort++;
  }
}

/** @internal The network of the run in progress. */
export const networkOf = perRun(() => new Network());

/**
 * One-way latency per host, in virtual seconds; a program may read and change it (hosts not
 * listed: 0.05; loopback: always 0).
 * — 每个主机的单向延迟（虚拟秒），程序可读可改（未列出的主机 0.05；回环地址始终为 0）。
 */
export const latency: Record<string, number> = runTable(() => networkOf().latency);

/** True for this machine's own addresses, which have no latency. */
export function isLoopback(host: string): boolean {
  return host.startsWith("127.") || host === "0.0.0.0";
}

/** A learner's `[host, port]`, checked, with localhost and "" spelled as addresses. */
export function toAddress(address: unknown, call: string): Address {
  const [host, port] = Array.isArray(address) ? (address as unknown[]) : [];
  if (!Array.isArray(address) || address.length !== 2 || typeof host !== "string") {
    throw new PyTypeError(
      `${call}: the address must be a [host, port] pair, like ["127.0.0.1", 8000]`,
    );
  }
  if (typeof port !== "number" || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ValueError(`${call}: port must be 0-65535.`);
  }
  const name = host === "localhost" ? "127.0.0.1" : host === "" ? "0.0.0.0" : host;
  return [name, port];
}

/** Python's repr of an address: `('127.0.0.1', 8000)`. */
export function addressRepr([host, port]: Address): string {
  return `('${host}', ${port})`;
}
