import { describeError, errorName } from "../py/errors";
import type { Hub } from "./hub";
import type { RawGreenlet } from "./raw-greenlet";

/**
 * gevent's hub.handle_error for a greenlet that died of an exception nobody caught: stderr gets
 * `Name: message` (just `Name` when empty) and `<greenlet> failed with Name`. The program goes on.
 */
export function reportFailure(hub: Hub, g: RawGreenlet, error: unknown): void {
  hub.print(describeError(error), 1);
  hub.print(`${String(g)} failed with ${errorName(error)}`, 1);
}
