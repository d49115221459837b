/**
 * A main-thread timer that fires when nothing has been heard for `limitMs`. The runner kicks it
 * on every message of a run, so only a worker that went silent (a loop that never yields) is
 * ended. Timers are injectable so tests need not wait.
 */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface Watchdog {
  /** Restarts the countdown. */
  kick(): void;
  /** Stops it for good. */
  cancel(): void;
}

export function startWatchdog(
  limitMs: number,
  onSilence: () => void,
  timers: Timers = browserTimers,
): Watchdog {
  let handle: unknown = null;
  let cancelled = false;
  const arm = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = timers.setTimeout(() => {
      handle = null;
      if (!cancelled) onSilence();
    }, limitMs);
  };
  arm();
  return {
    kick: () => {
      if (!cancelled) arm();
    },
    cancel: () => {
      cancelled = true;
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
    },
  };
}
