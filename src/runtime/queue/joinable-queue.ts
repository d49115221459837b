import { ValueError } from "../py/errors";
import { EventCore } from "../sync/event";
import type { Hub } from "../kernel/hub";
import type { Operation } from "../kernel/operation";
import { Queue } from "./queue";
import { partOf } from "../sync/trace-role";
import { BLOCK, OBJ, type ObjectType } from "../tracing/trace-kinds";

/**
 * A Queue that counts unfinished tasks: every item put is one more, every `taskDone` one less;
 * `join` waits until none is left.
 * — 统计未完成任务的队列：每放入一项加一，每次 `taskDone` 减一；`join` 等到没有剩余任务。
 */
export class JoinableQueue<T = unknown> extends Queue<T> {
  /** Its Python name, whatever a minifier calls the class. — 它的 Python 名字，不受压缩影响。 */
  // @ts-expect-error TS2699 is for assigned statics; this accessor comes with the class (fixClassName).
  static override get name(): string {
    return "JoinableQueue";
  }

  /** @internal */ static override readonly _traceType: ObjectType = OBJ.JOINABLE_QUEUE;
  private unfinished = 0;
  /** Set while no task is unfinished (gevent's `_cond`). */
  private readonly allDone: EventCore;

  constructor(maxsize?: number | null, items?: Iterable<T>) {
    super(maxsize);
    this.allDone = new EventCore(partOf(this, BLOCK.QUEUE_JOIN, "join"));
    this.allDone.set();
    if (items !== undefined) for (const item of items) this.putNowait(item);
  }

  /** Items put and not yet marked done. — 已放入但尚未标记完成的项数。 */
  get unfinishedTasks(): number {
    return this.unfinished;
  }

  /** @internal */
  override _putItem(hub: Hub, item: T, gid: number): void {
    super._putItem(hub, item, gid);
    this.unfinished++;
    this.allDone.clear();
  }

  /**
   * Mark one task done; throws ValueError `task_done() called too many times` when none is left.
   * — 标记一项任务完成；没有未完成任务时抛出 ValueError `task_done() called too many times`。
   */
  taskDone(): void {
    if (this.unfinished <= 0) throw new ValueError("task_done() called too many times");
    this.unfinished--;
    if (this.unfinished === 0) this.allDone.set();
  }

  /**
   * Wait until every task is done, at most `timeout` seconds; false when the timeout expired.
   * — 等到所有任务完成，最多 `timeout` 秒；超时返回 false。
   */
  join(timeout?: number | null): Operation<boolean> {
    return this.allDone.wait(timeout);
  }
}
