/**
 * Work the page takes from a run, done in slices of bounded time. A run can send batches faster
 * than the page can read them (an output flood: the worker prints on one core while the page
 * reads on another, and reading costs more); messages that the page handled as they arrived
 * would pile up in the browser's own task queue, in front of the learner's clicks and keys.
 * Queued here instead, they cost the browser's queue nothing but their arrival, and each slice
 * gives the page back after `budgetMs`, so input, timers and painting run between slices.
 */

/** Schedules `task` as a new task of the event loop (not a microtask: input must get in first). */
export type ScheduleTask = (task: () => void) => void;

/** A MessageChannel's message is a task that, unlike setTimeout, is never clamped to 4 ms. */
export function messageChannelTask(): ScheduleTask {
  const channel = new MessageChannel();
  const queue: Array<() => void> = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return (task) => {
    queue.push(task);
    channel.port2.postMessage(null);
  };
}

export interface SlicedQueueOptions<T> {
  /** Handles one item (in arrival order). */
  take(item: T): void;
  /** Called once after each slice that took items: publish what they changed, once. */
  afterSlice(): void;
  /** Real milliseconds a slice may run before it gives the page back. */
  budgetMs: number;
  schedule: ScheduleTask;
  now: () => number;
}

export class SlicedQueue<T> {
  private items: T[] = [];
  private head = 0;
  private scheduled = false;
  private cancelled = false;
  private waiters: Array<() => void> = [];
  private readonly options: SlicedQueueOptions<T>;

  constructor(options: SlicedQueueOptions<T>) {
    this.options = options;
  }

  /** Items waiting for a slice. */
  get pending(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    if (this.cancelled) return;
    this.items.push(item);
    this.scheduleSlice();
  }

  /** Resolves once every item pushed so far has been taken (at once when none wait). */
  drained(): Promise<void> {
    if (this.pending === 0 || this.cancelled) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Drops what waits and takes nothing more: the run it was for is superseded. */
  cancel(): void {
    this.cancelled = true;
    this.items = [];
    this.head = 0;
    this.release();
  }

  private scheduleSlice(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.options.schedule(() => this.slice());
  }

  private slice(): void {
    this.scheduled = false;
    if (this.cancelled) return;
    const { take, afterSlice, budgetMs, now } = this.options;
    const started = now();
    // At least one item a slice, so a slow item cannot stall the queue.
    do {
      const item = this.items[this.head++];
      try {
        take(item);
      } catch (error) {
        // A fault in reading one item must not stop the queue, nor the run's end with it.
        queueMicrotask(() => {
          throw error;
        });
      }
    } while (this.head < this.items.length && now() - started < budgetMs);
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    }
    afterSlice();
    if (this.pending > 0) this.scheduleSlice();
    else this.release();
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
