import { Greenlet } from "../greenlet/gevent-greenlet";
import type { Operation } from "../kernel/operation";
import { QueueCore } from "../queue/queue-core";
import type { AnyFn } from "../kernel/raw-greenlet";
import { SemaphoreCore } from "../sync/semaphore";
import { partOf, type Traced } from "../sync/trace-role";
import { BLOCK, OBJ } from "../tracing/trace-kinds";

/** What imap needs of a Group or Pool: its `spawn` (which may block), and its trace identity. */
export interface Spawner extends Traced {
  spawn(fn: AnyFn, ...args: unknown[]): Operation<Greenlet>;
}

/**
 * A failed task, the end of the input (`exc === END`), or imap's own failure. Only the last two
 * end the stream (`final`): after a task's failure it goes on with the other results.
 */
export class Failure {
  constructor(
    readonly exc: unknown,
    readonly final: boolean,
  ) {}
}
export const END = Symbol("end");

/**
 * gevent's IMapUnordered / IMap: a greenlet that spawns one task per item through the group
 * (so a Pool bounds it), each task's result going into a queue from the hub as it finishes.
 * With `maxsize`, a semaphore that the reader releases at each `next` bounds how far the
 * spawning runs ahead of the reader: maxsize + 1 tasks at a time, as in gevent.
 */
export class IMapGreenlet extends Greenlet<void> {
  /** Results as they arrive: values, or [index, value] pairs when ordered. */
  readonly results: QueueCore<unknown>;
  /** Released by the reader; null once all tasks are spawned (gevent drops it then). */
  resultSlots: SemaphoreCore | null;
  private outstanding = 0;
  private maxIndex = -1;
  private finished = false;
  private readonly indexOf = new Map<Greenlet, number>();
  private readonly onResult = (source: unknown): void => this.taskDone(source as Greenlet);

  constructor(
    private readonly group: Spawner,
    private readonly fn: AnyFn,
    private readonly items: Iterable<unknown>,
    maxsize: number | null,
    readonly ordered: boolean,
  ) {
    super();
    this.results = new QueueCore(partOf(group, BLOCK.WAIT_ANY, "imap"), OBJ.QUEUE, null);
    const slots = maxsize
      ? new SemaphoreCore(maxsize, partOf(group, BLOCK.POOL_SLOT, "imap"), OBJ.SEMAPHORE, false)
      : null;
    this.resultSlots = slots;
  }

  override *run(): Generator<unknown, void, unknown> {
    try {
      for (const item of this.items) {
        this.maxIndex++;
        if (this.resultSlots !== null) yield* this.resultSlots.acquire();
        this.outstanding++;
        const g = yield* this.group.spawn(this.fn, item);
        this.indexOf.set(g, this.maxIndex);
        g.rawlink(this.onResult);
      }
      this.selfFinished(null);
    } catch (e) {
      this.selfFinished(e);
      throw e;
    } finally {
      this.resultSlots = null;
    }
  }

  /** @internal As gevent names it: `_run` of IMap / IMapUnordered. */
  override _describeFn(): string {
    return "_run";
  }

  override toString(): string {
    return `<${this.ordered ? "IMap" : "IMapUnordered"}: _run>`;
  }

  /** From the hub: a task finished (gevent's `_on_result`). */
  private taskDone(g: Greenlet): void {
    this.outstanding--;
    const putFinished = this.ready() && this.outstanding <= 0 && !this.finished;
    if (putFinished) this.finished = true;
    const index = this.indexOf.get(g) ?? 0;
    this.indexOf.delete(g);
    this.put(index, g.exception === undefined ? g.value : new Failure(g.exception, false));
    if (putFinished) this.put(this.maxIndex + 1, new Failure(END, true));
  }

  /** In this greenlet: every item is spawned, or spawning failed (gevent's `_on_finish`). */
  private selfFinished(exception: unknown): void {
    if (this.finished) return;
    if (exception !== null) {
      this.finished = true;
      this.put(this.maxIndex + 1, new Failure(exception, true));
    } else if (this.outstanding <= 0) {
      this.finished = true;
      this.put(this.maxIndex + 1, new Failure(END, true));
    }
  }

  private put(index: number, value: unknown): void {
    const q = this.results;
    q._putItem(q._hub, this.ordered ? [index, value] : value, q._hub.current.gid);
    if (q._getters.length > 0) q._scheduleUnlock(q._hub);
  }
}
