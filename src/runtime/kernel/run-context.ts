import { activeHub } from "./context";
import { Rng } from "../py/rng";
import { EV } from "../tracing/trace-kinds";

/** Which output a line goes to. */
export type OutputStream = typeof STDOUT | typeof STDERR;
export const STDOUT = 0;
export const STDERR = 1;

/**
 * What one run keeps beside its hub's loop: the program's output, the modules it patched with
 * `monkey.patch*`, and its seeded random source. Made by `runProgram` for each run and reached
 * through `activeRun()`, so every run starts from the defaults.
 */
export class RunContext {
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];
  /** Modules made cooperative by `monkey.patch*` in this run. */
  readonly patched = new Set<string>();
  /** The run's seeded random generator: the same seed gives the same run. */
  readonly rng: Rng;

  constructor(seed = 0) {
    this.rng = new Rng(seed);
  }

  /** One line of the program's output, traced as printed by the running greenlet. */
  print(line: string, stream: OutputStream = STDOUT): void {
    (stream === STDOUT ? this.stdout : this.stderr).push(line);
    const hub = activeHub();
    hub.trace.emit(EV.OUTPUT, hub.current.gid, hub.trace.intern(line), stream, hub.site);
  }
}
