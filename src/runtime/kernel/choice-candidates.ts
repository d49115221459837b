import { GREENLET_CALLBACKS, type CallbackQueue } from "./callback-queue";
import { RawGreenlet, STATE_ACTIVE } from "./raw-greenlet";
import type { TimerEntry } from "./timer-heap";
import type { TraceSink } from "../tracing/trace-recorder";
import { CANDIDATE, EV, HUB_GID, type CandidateKind } from "../tracing/trace-kinds";

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
  private readonly timerIds: number[] = [];
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
    timerId = 0,
    starts: RawGreenlet | null = null,
  ): void {
    const i = this.n++;
    this.starts[i] = starts;
    this.kinds[i] = kind;
    this.gids[i] = gid;
    this.sites[i] = site;
    this.entries[i] = entry;
    this.timerIds[i] = timerId;
  }

  /** The ready greenlets among the queue's entries from `from` on, in queue order. */
  addQueued(q: CallbackQueue, from: number, resumeThrow: unknown): void {
    for (let i = from; i < q.length; i++) {
      const fn = q.fnAt(i);
      if (fn === null || fn === resumeThrow) {
        const g = q.aAt(i) as RawGreenlet;
        if (g._state !== STATE_ACTIVE || g._token !== q.cAt(i) || g._blockedOn === null) continue;
        this.add(fn === null ? CANDIDATE.RESUME : CANDIDATE.THROW, g.gid, g._site, i);
        continue;
      }
      const runs = GREENLET_CALLBACKS.get(fn)?.(q.aAt(i), q.bAt(i), q.cAt(i));
      if (runs instanceof RawGreenlet) {
        this.add(CANDIDATE.START, runs.gid, runs._site, i, 0, runs);
      }
    }
  }

  /** The due timers, in their order (entry -2 - i for the timer i). */
  addTimers(due: readonly TimerEntry[]): void {
    for (let i = 0; i < due.length; i++) this.addTimer(due[i], -2 - i);
  }

  private addTimer(t: TimerEntry, entry: number): void {
    const runs = t.fn === null ? t.a : GREENLET_CALLBACKS.get(t.fn)?.(t.a, t.b, t.c);
    const g = runs instanceof RawGreenlet ? runs : null;
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
      const b = starts === null ? this.timerIds[i] : sink.intern(starts._describeFn());
      sink.emit(EV.CANDIDATE, this.gids[i], this.kinds[i], b, this.sites[i]);
      this.starts[i] = null;
    }
  }
}
