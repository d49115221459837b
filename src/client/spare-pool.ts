/**
 * The runner frames booted ahead of need. Booting one (a sandbox frame, a worker, the runner
 * script, its warm-up) costs the machine a few hundred milliseconds of CPU, so it is kept off a
 * run's way: spares are booted one at a time, only while no run goes on, when the page has time
 * (`later`), and a run takes one that is ready. Until the page's first run one is kept: it is
 * all that run needs, and a second booting beside the run would take a core from it. After,
 * `size`, so that a second run soon after the first (a fork in the scheduler lab, Run pressed
 * twice) also finds one ready.
 */
import type { PageToWorker } from "../protocol";
import type { RunnerFrame } from "./worker-runner";

export interface BootedSandbox {
  post(message: PageToWorker): void;
}

/** A spare handed to a run: its frame, and the sandbox at once when it has already booted. */
export interface TakenSpare {
  frame: RunnerFrame;
  booted: BootedSandbox | null;
}

export interface SparePoolOptions {
  create: () => RunnerFrame;
  size: number;
  /** Runs a boot when the page has time for it. */
  later: (task: () => void) => void;
}

interface Spare {
  frame: RunnerFrame;
  booted: BootedSandbox | null;
}

/** The page's idle time where the browser says (requestIdleCallback), else a short delay. */
export function whenIdle(task: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o: object) => void })
    .requestIdleCallback;
  if (idle) idle(task, { timeout: 1000 });
  else globalThis.setTimeout(task, 200);
}

export class SparePool {
  private readonly spares: Spare[] = [];
  private booting = false;
  private paused = false;
  private scheduled = false;
  private disposed = false;
  private ran = false;

  constructor(private readonly options: SparePoolOptions) {}

  /** A spare for a run: a booted one if any, else the one booting, else a new one. */
  take(): TakenSpare {
    const index = this.spares.findIndex((s) => s.booted !== null);
    const [spare] = this.spares.splice(index === -1 ? 0 : index, 1);
    if (spare) return spare;
    return { frame: this.boot(), booted: null };
  }

  /** A run starts: no boots until it ends. */
  pause(): void {
    this.paused = true;
    this.ran = true;
  }

  /** Boots spares again, one at a time, until there are `size`. */
  resume(): void {
    this.paused = false;
    this.schedule();
  }

  dispose(): void {
    this.disposed = true;
    for (const spare of this.spares.splice(0)) spare.frame.dispose();
  }

  /** How many spares are kept now, booted or booting (for tests). */
  get count(): number {
    return this.spares.length;
  }

  private schedule(): void {
    if (this.scheduled || this.disposed) return;
    this.scheduled = true;
    this.options.later(() => {
      this.scheduled = false;
      this.fill();
    });
  }

  private fill(): void {
    if (this.paused || this.booting || this.disposed) return;
    if (this.spares.length >= (this.ran ? this.options.size : 1)) return;
    const spare: Spare = { frame: this.boot(), booted: null };
    this.spares.push(spare);
    this.booting = true;
    spare.frame.ready.then(
      (sandbox) => {
        this.booting = false;
        spare.booted = sandbox;
        this.schedule();
      },
      () => {
        // A spare that cannot boot is dropped, and no other is tried until the next run ends:
        // the run that needs one reports why (a new frame's own failure).
        this.booting = false;
        const at = this.spares.indexOf(spare);
        if (at !== -1) this.spares.splice(at, 1);
        spare.frame.dispose();
      },
    );
  }

  private boot(): RunnerFrame {
    const frame = this.options.create();
    // A spare that fails to boot and is never used must not report an unhandled rejection;
    // a run that uses it handles the failure itself.
    frame.ready.catch(() => {});
    return frame;
  }
}
