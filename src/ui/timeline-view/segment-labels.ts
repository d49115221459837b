/**
 * The texts drawn inside wide segments (`q.get()`, `sleep(2)`, a value, an exception), read
 * from the model once per segment and kept for the life of the layout.
 */
import type { TimelineLayout } from "../../timeline/layout";
import { describeSegment } from "../../store/timeline-source";

export class SegmentLabels {
  private layout: TimelineLayout | null = null;
  private readonly cache = new Map<string, string | null>();

  /** Forget the texts when the layout is another run's. */
  use(layout: TimelineLayout): void {
    if (layout === this.layout) return;
    this.layout = layout;
    this.cache.clear();
  }

  get(gid: number, segment: number, style: number): string | null {
    // Running, ready and the hub's waiting say nothing more than their colour.
    if (style === 2 || style === 3 || style === 5 || style === 1 || this.layout === null)
      return null;
    const key = `${gid}:${segment}`;
    let text = this.cache.get(key);
    if (text === undefined) {
      const info = describeSegment(this.layout, gid, segment);
      // A greenlet that returned nothing ends with a ring alone: "undefined" says nothing.
      text = info.operation ?? (info.ending === "undefined" ? null : info.ending);
      this.cache.set(key, text);
    }
    return text;
  }
}
