/**
 * Reads the trace received before the watchdog fired to name the greenlet that never yielded
 * and the line it was last seen at: the learner's best lead on a loop without `yield*`.
 */
import type { EncodedTrace } from "../runtime/run";
import { EV, HUB_GID, MAIN_GID, impliesSwitchToHub } from "../runtime/tracing/trace-kinds";
import type { StallReport } from "./runner";

const WORDS_PER_EVENT = 4;
const kindOf = (head: number): number => head & 0xff;
const gidOf = (head: number): number => head >>> 8;

/**
 * The greenlet that last got the CPU: the target of the last switch (written, or implied by a
 * BLOCKED), or main when none.
 */
function runningGreenlet(words: Uint32Array): number {
  for (let at = words.length - WORDS_PER_EVENT; at >= 0; at -= WORDS_PER_EVENT) {
    const kind = kindOf(words[at]);
    if (kind === EV.SWITCH) return words[at + 1];
    if (impliesSwitchToHub(kind)) return HUB_GID;
  }
  return MAIN_GID;
}

/** The string a, or else b, of the first event of `kind` about `gid` (0 = none). */
function stringOf(trace: EncodedTrace, kind: number, gid: number, field: 1 | 2): string | null {
  const { words, strings } = trace;
  for (let at = 0; at < words.length; at += WORDS_PER_EVENT) {
    const head = words[at];
    if (kindOf(head) !== kind || gidOf(head) !== gid) continue;
    if (kind === EV.OBJ_NAMED && words[at + 1] !== 0) continue; // names an object, not `gid`
    const text = strings[words[at + field]];
    if (text) return text;
  }
  return null;
}

/**
 * How the learner knows the greenlet: the variable it was assigned to and the function it
 * runs (`g (stuck())`), whichever the trace has; main and the hub by those names.
 */
function greenletLabel(trace: EncodedTrace, gid: number): string {
  if (gid === MAIN_GID) return "main";
  if (gid === HUB_GID) return "hub";
  const name = stringOf(trace, EV.OBJ_NAMED, gid, 2) ?? stringOf(trace, EV.CREATED, gid, 2);
  const runs = stringOf(trace, EV.STARTED, gid, 1);
  if (name && runs) return `${name} (${runs})`;
  return name ?? runs ?? `#${gid}`;
}

/** The line of the last site recorded for `gid`: where it last waited or switched away. */
function lastLine(trace: EncodedTrace, gid: number): number | null {
  const { words, sites } = trace;
  for (let at = words.length - WORDS_PER_EVENT; at >= 0; at -= WORDS_PER_EVENT) {
    const site = words[at + 3];
    if (site !== 0 && gidOf(words[at]) === gid) {
      const line = sites[site]?.[0] ?? 0;
      if (line > 0) return line;
    }
  }
  return null;
}

export function stallReport(trace: EncodedTrace, limitMs: number): StallReport {
  const gid = runningGreenlet(trace.words);
  return { limitMs, greenlet: greenletLabel(trace, gid), line: lastLine(trace, gid) };
}

/** The greenlet the trace's last ERROR event is about: the one a limit stopped, by name. */
export function stoppedGreenlet(trace: EncodedTrace): string | null {
  const { words } = trace;
  for (let at = words.length - WORDS_PER_EVENT; at >= 0; at -= WORDS_PER_EVENT) {
    if (kindOf(words[at]) === EV.ERROR) return greenletLabel(trace, gidOf(words[at]));
  }
  return null;
}
