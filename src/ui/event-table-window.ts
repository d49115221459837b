/**
 * Which rows of the event table are in view, and where each goes: the arithmetic of a list too
 * long to put on the page. Past what a browser can scroll (about 33 million pixels) the scroll
 * range is scaled, and the rows in view are placed around the scroll position. Pure.
 */
export const ROW_HEIGHT = 26;

/** Taller than this, the scroll range stands for the rows rather than holding them. */
export const MAX_SCROLL_HEIGHT = 30_000_000;

export interface TableWindow {
  first: number;
  rows: number;
  totalHeight: number;
  topOf(row: number): number;
}

export function windowOf(count: number, scrollTop: number, viewport: number): TableWindow {
  const rows = Math.ceil(Math.max(viewport, ROW_HEIGHT) / ROW_HEIGHT) + 2;
  const natural = count * ROW_HEIGHT;
  if (natural <= MAX_SCROLL_HEIGHT) {
    const first = Math.max(0, Math.min(Math.floor(scrollTop / ROW_HEIGHT), count - 1));
    return { first, rows, totalHeight: natural, topOf: (row) => row * ROW_HEIGHT };
  }
  const range = MAX_SCROLL_HEIGHT - viewport;
  const fraction = range > 0 ? Math.min(1, Math.max(0, scrollTop / range)) : 0;
  const first = Math.floor(fraction * Math.max(0, count - rows + 2));
  return {
    first,
    rows,
    totalHeight: MAX_SCROLL_HEIGHT,
    topOf: (row) => scrollTop + (row - first) * ROW_HEIGHT,
  };
}

/** The scroll position that shows `row` a little below the top. */
export function scrollTopFor(count: number, row: number, viewport: number): number {
  const rows = Math.ceil(Math.max(viewport, ROW_HEIGHT) / ROW_HEIGHT) + 2;
  const lead = Math.max(0, row - Math.floor(rows / 3));
  if (count * ROW_HEIGHT <= MAX_SCROLL_HEIGHT) return lead * ROW_HEIGHT;
  const span = Math.max(1, count - rows + 2);
  return (Math.min(lead, span) / span) * (MAX_SCROLL_HEIGHT - viewport);
}
