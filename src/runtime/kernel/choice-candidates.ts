import type { CallbackQueue } from "./callback-queue";
import { RawGreenlet, STATE_ACTIVE } from "./raw-greenlet";
import { SWITCH_INS } from "./switch-ins";
import type { TimerEntry } from "./timer-heap";
import type { TraceSink } from "../tracing/trace-recorder";
import { CANDIDATE, EV, HUB_GID, type CandidateKind } from "../tracing/trace-kinds";

/** A traced object's id (0 for anything else). */
function traceIdOf(o: unknown): number {
  const id = (o as { _traceId?: unknown } | null | undefined)?._traceId;
  return typeof id === "number" ? id : 0;
}

/**
 * The candidates of one choice point, in gevent's order (candidate 0 is what gevent would run):
 * what each would run, and where it is (a queue entry's place, or -1 for the timer or the
 * running greenlet). Reused from one choice point to the next.
 */
export class ChoiceCandidates {
  n = 0;
  private readonly kinds: CandidateKind[] = [];
  private readonly gids: number[] = [];
  private readonly sites: number[] = [];
  private readonly entries: number[] = [];
  /** A TIMER's timer id, a NOTIFY's object notifying, a JOINED's greenlet finished, else 0. */
  private readonly datums: number[] = [];
  /** The greenlet a START candidate would start (its call is traced), else null. */
  private readonly starts: Array<RawGreenlet | null> = [];

  reset(): void {
    this.n = 0;
  }

  add(
    kind: CandidateKind,
    gid: number,
    site: number,
    entry: number,
    datum = 0,
    starts: RawGreenlet | null = null,
  ): void {
    const i = this.n++;
    this.starts[i] = starts;
    this.kinds[i] = kind;
    this.gids[i] = gid;
    this.sites[i] = site;
    this.entries[i] = entry;
    this.datums[i] = datum;
  }

  /**
   * The queue's entries from `from` on that are a greenlet's turn, in queue order: queued
   * resumes, and callbacks that switch into a greenlet (switch-ins.ts).
   */
  addQueued(q: CallbackQueue, from: number, resumeThrow: unknown): void {
    for (let i = from; i < q.length; i++) {
      const fn = q.fnAt(i);
      if (fn === null || fn === resumeThrow) {
        const g = q.aAt(i) as RawGreenlet;
        if (g._state !== STATE_ACTIVE || g._token !== q.cAt(i) || g._blockedOn === null) continue;
        this.add(fn === null ? CANDIDATE.RESUME : CANDIDATE.THROW, g.gid, g._site, i);
        continue;
      }
      const turn = SWITCH_INS.get(fn);
      const g = turn?.runs(q.aAt(i), q.bAt(i), q.cAt(i)) ?? null;
      if (turn === undefined || g === null) continue;
      if (turn.kind === CANDIDATE.START) this.add(CANDIDATE.START, g.gid, g._site, i, 0, g);
      else if (turn.kind === CANDIDATE.NOTIFY) {
        // Who notifies, for the caption: "q has an item for it", "producer has finished".
        const from = turn.from?.(q.aAt(i), q.bAt(i), q.cAt(i));
        if (from instanceof RawGreenlet) this.add(CANDIDATE.JOINED, g.gid, g._site, i, from.gid);
        else this.add(CANDIDATE.NOTIFY, g.gid, g._site, i, traceIdOf(from));
      } else this.add(turn.kind, g.gid, g._site, i);
    }
  }

  /** The due timers, in their order (entry -2 - i for the timer i). */
  addTimers(due: readonly TimerEntry[]): void {
    for (let i = 0; i < due.length; i++) this.addTimer(due[i], -2 - i);
  }

  private addTimer(t: TimerEntry, entry: number): void {
    const g =
      t.fn === null ? (t.a as RawGreenlet) : (SWITCH_INS.get(t.fn)?.runs(t.a, t.b, t.c) ?? null);
    this.add(CANDIDATE.TIMER, g?.gid ?? HUB_GID, g?._site ?? 0, entry, t.id);
  }

  /**
   * The queue entry of candidate `i`; -1 for the running greenlet, -2 - k for the due timer k.
   */
  entry(i: number): number {
    return this.entries[i];
  }

  kind(i: number): CandidateKind {
    return this.kinds[i];
  }

  /** Trace the choice point (whose turn it is: `gid`) and its candidates. */
  trace(sink: TraceSink, gid: number, chosen: number): void {
    sink.emit(EV.CHOICE, gid, this.n, chosen >>> 0, 0);
    for (let i = 0; i < this.n; i++) {
      const starts = this.starts[i];
      // A greenlet not started yet has no name but its call: the caption says what would start.
      const b = starts === null ? this.datums[i] : sink.intern(starts._describeFn());
      sink.emit(EV.CANDIDATE, this.gids[i], this.kinds[i], b, this.sites[i]);
      this.starts[i] = null;
    }
  }
}
