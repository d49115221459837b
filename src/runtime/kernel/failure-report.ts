import { describeError, errorName } from "../py/errors";
import { activeRun } from "./context";
import type { RawGreenlet } from "./raw-greenlet";
import { STDERR } from "./run-context";

/**
 * gevent's hub.handle_error for a greenlet that died of an exception nobody caught: stderr gets
 * `Name: message` (just `Name` when empty) and `<greenlet> failed with Name`. The program goes on.
 */
export function reportFailure(g: RawGreenlet, error: unknown): void {
  const run = activeRun();
  run.print(describeError(error), STDERR);
  run.print(`${String(g)} failed with ${errorName(error)}`, STDERR);
}
