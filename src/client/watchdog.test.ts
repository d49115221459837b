import { describe, expect, it, vi } from "vitest";
import { startWatchdog } from "./watchdog";

describe("the watchdog", () => {
  it("fires once the limit passes without a kick", () => {
    vi.useFakeTimers();
    const fired = vi.fn();
    startWatchdog(2000, fired);
    vi.advanceTimersByTime(1999);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it("does not fire while it keeps being kicked", () => {
    vi.useFakeTimers();
    const fired = vi.fn();
    const watchdog = startWatchdog(2000, fired);
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(1500);
      watchdog.kick();
    }
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2000);
    expect(fired).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it("never fires after it is cancelled", () => {
    vi.useFakeTimers();
    const fired = vi.fn();
    const watchdog = startWatchdog(100, fired);
    watchdog.cancel();
    watchdog.kick();
    vi.advanceTimersByTime(1000);
    expect(fired).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
