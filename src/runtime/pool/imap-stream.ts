import { END, Failure, type IMapGreenlet } from "./imap";
import type { Operation } from "../kernel/operation";
import { GetWait } from "../queue/queue-wait";
import { Stream } from "../kernel/stream";

/**
 * The results of `imap` / `imapUnordered`, handed over as the tasks complete: in input order for
 * imap (a later result waits for the earlier ones), in completion order for imapUnordered. A
 * task that failed throws from `next` at its place; the results after it still come.
 */
export class IMapStream<R> extends Stream<R> {
  private readonly early = new Map<number, unknown>();
  private index = 0;
  private done = false;

  constructor(private readonly imap: IMapGreenlet) {
    super();
  }

  *next(): Generator<unknown, IteratorResult<R, undefined>, unknown> {
    if (this.done) return { done: true, value: undefined };
    this.imap.resultSlots?.release();
    const value = this.imap.ordered ? yield* this.nextInOrder() : yield* this.take();
    if (value instanceof Failure) {
      if (value.final) this.done = true;
      if (value.exc === END) return { done: true, value: undefined };
      throw value.exc;
    }
    return { done: false, value: value as R };
  }

  private take(): Operation<unknown> {
    return new GetWait(this.imap.results, true, undefined);
  }

  /** gevent's `IMap._inext`: results that arrive early wait in a map until their turn. */
  private *nextInOrder(): Generator<unknown, unknown, unknown> {
    let value: unknown;
    if (this.early.has(this.index)) {
      value = this.early.get(this.index);
      this.early.delete(this.index);
    } else {
      for (;;) {
        const [index, v] = (yield* this.take()) as [number, unknown];
        if (index === this.index) {
          value = v;
          break;
        }
        this.early.set(index, v);
      }
    }
    this.index++;
    return value;
  }
}
