import { RawGreenlet } from "./raw-greenlet";
import { GREENLET_TYPE, type GreenletType } from "../tracing/trace-kinds";

// Apart from the hub's loop (hub.ts), so that a learner's `getHub()` and `Greenlet` types reach
// only these two classes and never the loop's machinery.

/**
 * The hub as a greenlet (gevent's `Hub`): a raw greenlet whose parent is the main greenlet; it
 * runs the loop that switches between the others.
 * — hub 作为 greenlet（gevent 的 `Hub`）：父 greenlet 是主 greenlet；它运行在各 greenlet 之间切换的循环。
 */
export class HubGreenlet extends RawGreenlet {
  /** @internal */
  override traceType(): GreenletType {
    return GREENLET_TYPE.HUB;
  }
  override toString(): string {
    return "<Hub>";
  }
}
Object.defineProperty(HubGreenlet, "name", { value: "Hub" });

/** A greenlet class that handles its own death (gevent's Greenlet reports and notifies links). */
export abstract class DeathHandler extends RawGreenlet {
  /** @internal Returns true when the failure was handled (not propagated to the parent). */
  abstract _died(value: unknown, error: unknown, failed: boolean): boolean;
}
