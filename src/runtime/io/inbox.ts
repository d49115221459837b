import { bytesRepr } from "../py/format";
import type { Hub } from "../kernel/hub";
import { EV } from "../tracing/trace-kinds";

interface Chunk {
  /** Virtual time it arrives. */
  at: number;
  bytes: Uint8Array;
}

const EMPTY = new Uint8Array(0);

/**
 * One direction of a connection: the bytes on their way to a socket or waiting in its receive
 * buffer, each with its arrival time, then the end of stream. Nothing overtakes: a chunk never
 * arrives before one sent earlier, even if the latency table changed in between. Traced as the
 * receiving socket's contents (ITEM_IN when sent, ITEM_OUT when taken).
 */
export class Inbox {
  private readonly chunks: Chunk[] = [];
  private endAt: number | undefined = undefined;
  private lastAt = 0;

  constructor(private readonly traceId: number) {}

  /** `bytes` sent now, arriving after `latency`. */
  push(hub: Hub, latency: number, bytes: Uint8Array): void {
    if (bytes.length === 0 || this.endAt !== undefined) return;
    this.lastAt = Math.max(hub.clock.now + latency, this.lastAt);
    this.chunks.push({ at: this.lastAt, bytes });
    this.emit(hub, EV.ITEM_IN, bytes);
  }

  /** The sender closed: the end of stream arrives after `latency`, behind every byte. */
  end(hub: Hub, latency: number): void {
    if (this.endAt === undefined) this.endAt = Math.max(hub.clock.now + latency, this.lastAt);
  }

  /** When `take` next has something to give (bytes or the end), or undefined: not yet known. */
  nextAt(): number | undefined {
    return this.chunks.length > 0 ? this.chunks[0].at : this.endAt;
  }

  /** True when `take` returns without waiting. */
  ready(now: number): boolean {
    const at = this.nextAt();
    return at !== undefined && at <= now;
  }

  /** True once the end of stream has arrived and every byte was taken. */
  atEnd(now: number): boolean {
    return this.chunks.length === 0 && this.endAt !== undefined && this.endAt <= now;
  }

  /** Up to `max` of the bytes that have arrived, as one buffer (empty at the end of stream). */
  take(hub: Hub, max: number): Uint8Array {
    const parts: Uint8Array[] = [];
    let size = 0;
    while (this.chunks.length > 0 && this.chunks[0].at <= hub.clock.now && size < max) {
      const chunk = this.chunks.shift() as Chunk;
      this.emit(hub, EV.ITEM_OUT, chunk.bytes);
      const part = chunk.bytes.subarray(0, max - size);
      parts.push(part);
      size += part.length;
      if (part.length < chunk.bytes.length)
        this.putBack(hub, { ...chunk, bytes: chunk.bytes.subarray(part.length) });
    }
    if (parts.length === 0) return EMPTY;
    if (parts.length === 1) return parts[0].slice();
    const out = new Uint8Array(size);
    let offset = 0;
    for (const p of parts) {
      out.set(p, offset);
      offset += p.length;
    }
    return out;
  }

  /** The rest of a chunk goes back in front; re-trace the contents so their order stays right. */
  private putBack(hub: Hub, rest: Chunk): void {
    for (const c of this.chunks) this.emit(hub, EV.ITEM_OUT, c.bytes);
    this.chunks.unshift(rest);
    for (const c of this.chunks) this.emit(hub, EV.ITEM_IN, c.bytes);
  }

  private emit(hub: Hub, kind: number, bytes: Uint8Array): void {
    hub.trace.emit(
      kind,
      hub.current.gid,
      this.traceId,
      hub.trace.intern(shortBytes(bytes)),
      hub.site,
    );
  }
}

/** `b'...'`, cut to what the inspector shows. */
function shortBytes(bytes: Uint8Array): string {
  const text = bytesRepr(bytes.length > 40 ? bytes.subarray(0, 40) : bytes);
  return bytes.length > 40 ? text.slice(0, -1) + "…'" : text;
}
