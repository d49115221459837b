/**
 * Which rows of the event table are in view, and where each goes: the arithmetic of a list too
 * long to put on the page. Past a million pixels (about 38,000 rows) the scroll range is scaled
 * rather than grown: a jump across a range of tens of millions of pixels cost Chromium a frame
 * or more, and browsers stop at about 33 million. The rows in view are then
 * placed around the scroll position. Pure.
 */
export const ROW_HEIGHT = 26;

/** Taller than this, the scroll range stands for the rows rather than holding them. */
export const MAX_SCROLL_HEIGHT = 1_000_000;

export interface TableWindow {
  first: number;
  rows: number;
  totalHeight: number;
  topOf(row: number): number;
}

/** Rows that fit wholly under the header row. */
const fitting = (viewport: number) => Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1);

export function windowOf(count: number, scrollTop: number, viewport: number): TableWindow {
  const rows = Math.ceil(Math.max(viewport, ROW_HEIGHT) / ROW_HEIGHT) + 2;
  const natural = count * ROW_HEIGHT;
  if (natural <= MAX_SCROLL_HEIGHT) {
    const first = Math.max(0, Math.min(Math.floor(scrollTop / ROW_HEIGHT), count - 1));
    return { first, rows, totalHeight: natural, topOf: (row) => row * ROW_HEIGHT };
  }
  const range = MAX_SCROLL_HEIGHT - viewport;
  const fraction = range > 0 ? Math.min(1, Math.max(0, scrollTop / range)) : 0;
  // At the end of the range the last row sits at the bottom of the view.
  const first = Math.floor(fraction * Math.max(0, count - fitting(viewport)));
  return {
    first,
    rows,
    totalHeight: MAX_SCROLL_HEIGHT,
    topOf: (row) => scrollTop + (row - first) * ROW_HEIGHT,
  };
}

/** The scroll position that shows `row` a third of the way down, or as near as the ends allow. */
export function scrollTopFor(count: number, row: number, viewport: number): number {
  const fit = fitting(viewport);
  const lead = Math.max(0, row - Math.floor(fit / 3));
  if (count * ROW_HEIGHT <= MAX_SCROLL_HEIGHT) return lead * ROW_HEIGHT;
  const span = Math.max(1, count - fit);
  return (Math.min(lead, span) / span) * (MAX_SCROLL_HEIGHT - viewport);
}

/** Whether `row` is wholly in view under the header row. */
export function isInView(count: number, row: number, scrollTop: number, viewport: number): boolean {
  const y = windowOf(count, scrollTop, viewport).topOf(row) - scrollTop;
  return y >= 0 && y + 2 * ROW_HEIGHT <= viewport;
}
