import type { EncodedTrace } from "../runtime/tracing/trace-recorder";
import { EV, TRACE_VERSION } from "../runtime/tracing/trace-kinds";

/** [kind, gid, a, b, site]: one event as the runtime writes it. */
export type RawEvent = [kind: number, gid: number, a: number, b: number, site: number];

/** A CLOCK event for `seconds` (the float64 split into low and high words). */
export function clockEvent(seconds: number): RawEvent {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, seconds, true);
  return [EV.CLOCK, 0, view.getUint32(0, true), view.getUint32(4, true), 0];
}

/** Builds an EncodedTrace by hand, the way the runtime's recorder lays out words (tests only). */
export function encodeForTests(
  events: RawEvent[],
  strings: string[] = [""],
  sites: Array<[number, number]> = [[0, 0]],
): EncodedTrace {
  const words = new Uint32Array(events.length * 4);
  events.forEach(([kind, gid, a, b, site], i) => words.set([kind | (gid << 8), a, b, site], i * 4));
  return { version: TRACE_VERSION, words, strings, sites };
}
