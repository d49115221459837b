/**
 * The console's view of a run, read from the trace as its batches arrive: every OUTPUT event
 * with its virtual time (carried forward from CLOCK events) and the greenlet that printed it,
 * and a label for each greenlet. Reads the words directly, skipping every other kind, so a long
 * run costs one pass and no decoded objects. Pure.
 */
import { EV, HUB_GID, MAIN_GID } from "../runtime/tracing/trace-kinds";
import { clockSeconds } from "./decode";

const WORDS_PER_EVENT = 4;

/** One line the program printed, as the trace recorded it. */
export interface PrintedLine {
  /** The OUTPUT event's index in the trace. */
  seq: number;
  /** Virtual seconds when it was printed. */
  time: number;
  /** The greenlet that printed it. */
  gid: number;
  stream: "stdout" | "stderr";
  text: string;
}

/** How the console shows a greenlet: its label and whether it is main, the hub or another. */
export interface GreenletTag {
  label: string;
  role: "main" | "hub" | "greenlet";
}

/** A call such as `worker(<socket.socket family=2 ...>)` is cut to `worker(…)` past this. */
const LONGEST_CALL = 20;

function shortCall(call: string): string {
  if (call.length <= LONGEST_CALL) return call;
  const open = call.indexOf("(");
  return open > 0 ? `${call.slice(0, open)}(…)` : `${call.slice(0, LONGEST_CALL)}…`;
}

/** How a greenlet is known: by the variable holding it, its own name, or what it runs. */
export interface GreenletIdentity {
  variable?: string | null;
  name?: string | null;
  call?: string | null;
}

/**
 * The label the console, the timeline and the captions give a greenlet: `main`, `hub`, or its
 * variable, name or call and its id, such as `worker #3`.
 */
export function greenletLabel(gid: number, who: GreenletIdentity | undefined): string {
  if (gid === MAIN_GID) return "main";
  if (gid === HUB_GID) return "hub";
  const base = who?.variable ?? who?.name ?? (who?.call ? shortCall(who.call) : "greenlet");
  return `${base} #${gid}`;
}

/**
 * What a run printed so far, as the console shows it: lines `start` to `end` of the reader's
 * lines. The reader only ever appends, so a view never changes and a new one costs nothing:
 * a batch of output costs the page its own lines, never a copy of the ones before.
 */
export class PrintedOutput {
  private readonly all: readonly PrintedLine[];
  readonly start: number;
  readonly end: number;

  constructor(all: readonly PrintedLine[] = [], start = 0, end = all.length) {
    this.all = all;
    this.start = start;
    this.end = end;
  }

  get length(): number {
    return this.end - this.start;
  }

  /** Line `index` of this view (0 is its first). */
  at(index: number): PrintedLine {
    return this.all[this.start + index];
  }

  /** Lines `from` to `to` of this view, copied. */
  slice(from = 0, to = this.length): PrintedLine[] {
    return this.all.slice(this.start + from, this.start + Math.min(to, this.length));
  }

  /** The same lines with everything so far cleared from view. */
  cleared(): PrintedOutput {
    return new PrintedOutput(this.all, this.end, this.end);
  }
}

export class PrintedLineReader {
  private readonly strings: string[] = [];
  private readonly identities = new Map<number, GreenletIdentity>();
  private readonly printers = new Set<number>();
  private lastTags: Record<number, GreenletTag> = {};
  private time = 0;
  private seq = 0;
  /** Every line read so far, in trace order. */
  readonly lines: PrintedLine[] = [];

  /** The lines read so far, from `start` (where the console was last cleared). */
  view(start = 0): PrintedOutput {
    return new PrintedOutput(this.lines, Math.min(start, this.lines.length));
  }

  /**
   * Reads one batch of trace words; `strings` are the strings interned since the previous batch,
   * the first with id `firstString`. Returns the lines this batch printed, or null when the
   * batch does not continue the strings read so far (a lost batch would mislabel every line).
   */
  append(
    words: Uint32Array,
    strings: readonly string[],
    firstString: number,
  ): PrintedLine[] | null {
    if (firstString !== this.strings.length) return null;
    for (const text of strings) this.strings.push(text);
    const fresh: PrintedLine[] = [];
    for (let at = 0; at + 3 < words.length; at += WORDS_PER_EVENT, this.seq++) {
      const kind = words[at] & 0xff;
      const gid = words[at] >>> 8;
      const [a, b] = [words[at + 1], words[at + 2]];
      if (kind === EV.CLOCK) this.time = clockSeconds(a, b);
      else if (kind === EV.OUTPUT) fresh.push(this.line(gid, a, b));
      else this.learnIdentity(kind, gid, a, b);
    }
    for (const line of fresh) {
      this.lines.push(line);
      this.printers.add(line.gid);
    }
    return fresh;
  }

  /** The greenlet's label: `main`, `hub`, or its name and id, such as `worker #3`. */
  label(gid: number): string {
    return greenletLabel(gid, this.identities.get(gid));
  }

  /**
   * The tags of every greenlet that printed so far, by greenlet id: the same object as last
   * time while none changed, so what shows them need not draw again.
   */
  tags(): Record<number, GreenletTag> {
    const last = this.lastTags;
    let same = Object.keys(last).length === this.printers.size;
    const tags: Record<number, GreenletTag> = {};
    for (const gid of this.printers) {
      const role = gid === MAIN_GID ? "main" : gid === HUB_GID ? "hub" : "greenlet";
      const label = this.label(gid);
      tags[gid] = last[gid]?.label === label ? last[gid] : { label, role };
      same &&= tags[gid] === last[gid];
    }
    if (!same) this.lastTags = tags;
    return this.lastTags;
  }

  private line(gid: number, text: number, stream: number): PrintedLine {
    return {
      seq: this.seq,
      time: this.time,
      gid,
      stream: stream === 1 ? "stderr" : "stdout",
      text: this.strings[text] ?? "",
    };
  }

  private learnIdentity(kind: number, gid: number, a: number, b: number): void {
    const text = (id: number) => this.strings[id] || undefined;
    const who = () => this.identities.get(gid) ?? this.identities.set(gid, {}).get(gid)!;
    if (kind === EV.CREATED && text(b)) who().name = text(b);
    else if (kind === EV.OBJ_NAMED && a === 0 && text(b)) who().variable = text(b);
    else if (kind === EV.STARTED && text(a)) who().call ??= text(a);
  }
}
