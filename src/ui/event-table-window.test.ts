import { describe, expect, it } from "vitest";
import { MAX_SCROLL_HEIGHT, ROW_HEIGHT, scrollTopFor, windowOf } from "./event-table-window";

describe("the event table's window", () => {
  it("puts only the rows in view on the page, at their places", () => {
    const view = windowOf(1000, 10 * ROW_HEIGHT, 10 * ROW_HEIGHT);
    expect(view.first).toBe(10);
    expect(view.rows).toBe(12);
    expect(view.totalHeight).toBe(1000 * ROW_HEIGHT);
    expect(view.topOf(15)).toBe(15 * ROW_HEIGHT);
  });

  it("reaches every row of a run too long to scroll through at full height", () => {
    const count = 5_000_000;
    const viewport = 400;
    for (const row of [0, 1, 123_456, count / 2, count - 2, count - 1]) {
      const top = scrollTopFor(count, row, viewport);
      expect(top).toBeLessThanOrEqual(MAX_SCROLL_HEIGHT - viewport);
      const view = windowOf(count, top, viewport);
      expect(row).toBeGreaterThanOrEqual(view.first);
      expect(row).toBeLessThan(view.first + view.rows);
      const y = view.topOf(row) - top;
      // Wholly in view under the header row.
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y + 2 * ROW_HEIGHT).toBeLessThanOrEqual(viewport);
    }
  });

  it("keeps a long run's scroll range small enough to scroll smoothly", () => {
    const count = 1_000_000;
    const top = scrollTopFor(count, 765_432, 400);
    const view = windowOf(count, top, 400);
    expect(view.totalHeight).toBe(MAX_SCROLL_HEIGHT);
    expect(765_432 - view.first).toBeGreaterThanOrEqual(0);
    expect(765_432 - view.first).toBeLessThan(view.rows);
    expect(windowOf(100, 0, 400).totalHeight).toBe(100 * ROW_HEIGHT);
  });
});
