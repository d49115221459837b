/**
 * The greenlets that died of an exception nobody handled, read from a finished run's trace:
 * gevent reports each on stderr ("Error: boom", then `<Greenlet "w": f(1)> failed with Error`)
 * right after the FAILED event, and the editor marks the line that threw with that same report.
 * A failure the program handled (re-raised by `get()`, caught by a link) prints no report and is
 * not listed. Reads the words directly: one pass, no decoded objects. Pure.
 */
import type { EncodedTrace } from "../runtime/tracing/trace-recorder";
import { EV, MAIN_GID } from "../runtime/tracing/trace-kinds";

export interface GreenletFailure {
  gid: number;
  /** The 1-based line that threw (0 when unknown). */
  line: number;
  /** The stderr lines gevent printed for it. */
  report: string[];
}

const kindOf = (word: number) => word & 0xff;
const gidOf = (word: number) => word >>> 8;

/** Unhandled failures of greenlets other than main (main's error is the run's own). */
export function greenletFailures({ words, strings }: EncodedTrace): GreenletFailure[] {
  const failures: GreenletFailure[] = [];
  let open: GreenletFailure | null = null;
  for (let at = 0; at + 3 < words.length; at += 4) {
    const kind = kindOf(words[at]);
    const gid = gidOf(words[at]);
    const isStderr = kind === EV.OUTPUT && words[at + 2] === 1;
    if (open && isStderr && gid === open.gid) {
      open.report.push(strings[words[at + 1]] ?? "");
      continue;
    }
    if (open && open.report.length > 0) failures.push(open);
    open = kind === EV.FAILED && gid !== MAIN_GID ? { gid, line: words[at + 2], report: [] } : null;
  }
  if (open && open.report.length > 0) failures.push(open);
  return failures;
}
