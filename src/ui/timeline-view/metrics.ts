/**
 * The timeline's sizes in CSS pixels, from the root font size, so the large-text mode (which
 * scales the root) enlarges lanes, labels and the axis with the rest of the page.
 */
export interface Metrics {
  /** The left gutter holding the lanes' labels. */
  gutter: number;
  axis: number;
  lane: number;
  font: number;
  /** The tallest the canvas grows before its lanes scroll. */
  maxHeight: number;
}

export function metricsFor(rootFontPx: number, width: number, viewportHeight: number): Metrics {
  const rem = rootFontPx > 0 ? rootFontPx : 16;
  // On a phone the labels take less room: the lanes need the width more.
  const gutter = Math.round((width < 520 ? 5.5 : 8.5) * rem);
  const lane = Math.round(1.4 * rem);
  return {
    gutter,
    axis: Math.round(1.25 * rem),
    lane,
    font: Math.round(0.75 * rem),
    maxHeight: Math.max(lane * 6, Math.round(viewportHeight * 0.42)),
  };
}

/** The vertical middle of lane row `row`, `scrollY` pixels scrolled. */
export const rowTop = (m: Metrics, row: number, scrollY: number) => m.axis + row * m.lane - scrollY;
