/**
 * The timeline's shell: owns the two canvases, the window (scale), the hover and the vertical
 * scroll, and redraws on animation frames when the store changes (through `subscribe`, never
 * a React render): the static layer when the run grew or the window moved, the overlay alone
 * when the cursor, the selection or the pointer moved. The main view (the current run's)
 * publishes `data-timeline` on <body> once the latest run's timeline is drawn, and moves the
 * run's cursor and the selection; a view of another model (a pinned run) only shows it. Every
 * view publishes the lanes it highlights on its host (timeline-signals.ts).
 */
import type { AppState, AppStore } from "../../store/app-store";
import type { RunModel } from "../../trace/model/run-model";
import {
  choiceLines,
  cursorAt,
  describeMark,
  describeSegment,
  hitTest,
  layoutOf,
  newTimelineFrame,
} from "../../store/timeline-source";
import type { AxisKind } from "../../timeline/axis";
import type { MarkInfo, SegmentInfo } from "../../timeline/describe";
import type { TimelineLayout } from "../../timeline/layout";
import type { TimeScale } from "../../timeline/time-scale";
import { metricsFor, type Metrics } from "./metrics";
import { OverlayHighlight } from "./overlay-highlight";
import { paintOverlay, type OverlayScene } from "./paint-overlay";
import { paintStatic } from "./paint-static";
import { readPalette, type Palette } from "./palette";
import { SegmentLabels } from "./segment-labels";
import { publishHighlight, publishLanes, publishPainted } from "./timeline-signals";
import type { LinkedTimeline, WindowLink } from "./window-link";

/** Level-of-detail nodes built per idle callback (bench/README.md: timeline.bench.ts). */
const IDLE_SLICE = 1 << 16;
/** How often, at most, a running run's growing picture is repainted (milliseconds). */
const GROWTH_PAINT_MS = 100;
/**
 * A growth repaint waits at least this many times what the last one cost, so repainting a run
 * that floods the page takes at most a sixth of its main thread, whatever the machine.
 */
const GROWTH_COST_FACTOR = 5;

export interface HoverInfo {
  /** Where the tooltip goes, in the canvas's CSS pixels. */
  left: number;
  top: number;
  /** The canvas's width, to keep the tooltip inside it. */
  width: number;
  step: number;
  segment: SegmentInfo | null;
  mark: MarkInfo | null;
  /** A choice point's candidates, worded, when the mark is one. */
  choice: Array<{ text: string; chosen: boolean }> | null;
}

export interface ControllerEvents {
  onHover(hover: HoverInfo | null): void;
  /** The lanes shown, top to bottom, when they change: for the accessible list. */
  onLanes(labels: string[]): void;
}

/** A timeline of another run than the one shown (the lab's pinned run), stacked with others. */
export interface ControllerOptions {
  /** The run it draws; by default the run shown. */
  modelOf?: (state: AppState) => RunModel | null;
  /** Timelines sharing its axis: zoom and pan move them together. */
  link?: WindowLink;
  /** Not the run shown: no cursor, clicks do not move the run's cursor, no page signals. */
  passive?: boolean;
}

const shownModel = (s: AppState) => s.model;

export class TimelineController implements LinkedTimeline {
  axis: AxisKind = "steps";
  showHub = true;
  private layout: TimelineLayout | null = null;
  private scale: TimeScale | null = null;
  /** The window follows the whole run until the learner moves it. */
  private follow = true;
  private readonly frame = newTimelineFrame();
  private readonly labels = new SegmentLabels();
  private readonly highlight = new OverlayHighlight();
  private palette: Palette | null = null;
  metrics: Metrics = metricsFor(16, 800, 800);
  private width = 0;
  private height = 0;
  scrollY = 0;
  private hover: { x: number; y: number } | null = null;
  private selection: { x0: number; x1: number } | null = null;
  private staticDirty = true;
  /**
   * Whether the page's sizes must be read again (the width, the root font, the viewport):
   * reading them forces a layout, which a draw during a run would pay on every batch.
   */
  private sizeDirty = true;
  private sizes = { root: 16, width: 0, viewport: 800 };
  private overlayDirty = true;
  private raf = 0;
  private growthTimer = 0;
  private lastGrowthPaint = -Infinity;
  /** What the last growth repaint cost (reading the new steps and painting), in milliseconds. */
  private growthCost = 0;
  private lanesKey = "";
  private readonly detach: Array<() => void> = [];
  private readonly modelOf: (state: AppState) => RunModel | null;
  private readonly link: WindowLink | null;
  private readonly passive: boolean;

  constructor(
    readonly store: AppStore,
    private readonly host: HTMLElement,
    private readonly staticCanvas: HTMLCanvasElement,
    readonly overlay: HTMLCanvasElement,
    private readonly events: ControllerEvents,
    options: ControllerOptions = {},
  ) {
    this.modelOf = options.modelOf ?? shownModel;
    this.link = options.link ?? null;
    this.passive = options.passive ?? false;
  }

  start(): void {
    this.detach.push(this.store.subscribe((s, prev) => this.storeChanged(s, prev)));
    if (this.link !== null) this.detach.push(this.link.join(this));
    const resized = () => {
      this.sizeDirty = true;
      this.invalidate(true);
    };
    // The width alone: the parent's height follows the canvas's, which a draw sets itself.
    let width = -1;
    const resize = new ResizeObserver((entries) => {
      const next = entries[entries.length - 1].contentRect.width;
      if (next !== width) resized();
      width = next;
    });
    resize.observe(this.host.parentElement ?? this.host);
    // The viewport's height bounds the canvas's: a change of it alone resizes no element.
    window.addEventListener("resize", resized);
    this.detach.push(() => {
      resize.disconnect();
      window.removeEventListener("resize", resized);
    });
    if (!this.passive) publishPainted(this.store.getState(), false);
    this.invalidate(true);
  }

  stop(): void {
    for (const undo of this.detach.splice(0)) undo();
    window.clearTimeout(this.growthTimer);
    this.growthTimer = 0;
    if (this.raf !== 0) cancelAnimationFrame(this.raf);
    this.raf = 0;
  }

  // ---- what the toolbar, the keys and the pointer do ----------------------------------------

  setAxis(axis: AxisKind): void {
    if (axis === this.axis) return;
    this.axis = axis;
    this.scale = null;
    this.follow = true;
    this.link?.moved(this, axis, null);
    this.invalidate(true);
  }

  setShowHub(show: boolean): void {
    this.showHub = show;
    this.invalidate(true);
  }

  /** Zoom by `factor` (> 1 in) about `x` in the plot, by default its middle. */
  zoom(factor: number, x?: number): void {
    if (this.scale === null) return;
    this.move(this.scale.zoomAbout(x ?? this.scale.width / 2, factor));
  }

  pan(dpx: number): void {
    if (this.scale !== null) this.move(this.scale.panBy(dpx));
  }

  /** Shows the stretch between plot pixels `x0` and `x1` across the width (zoom to a selection). */
  zoomTo(x0: number, x1: number): void {
    if (this.scale === null || Math.abs(x1 - x0) < 3) return;
    const [a, b] = [Math.min(x0, x1), Math.max(x0, x1)];
    this.move(
      this.scale
        .zoomAbout(a, 1)
        .panBy(-a)
        .zoomAbout(0, this.scale.width / (b - a)),
    );
  }

  /** The stretch being selected with Shift and a drag, in plot pixels (null: none). */
  select(range: { x0: number; x1: number } | null): void {
    this.selection = range;
    this.overlayDirty = true;
    this.schedule();
  }

  /** Redraws everything: the model given may be another. */
  refresh(): void {
    this.invalidate(true);
  }

  fit(): void {
    this.scale = null;
    this.follow = true;
    this.link?.moved(this, this.axis, null);
    this.invalidate(true);
  }

  // ---- stacked with other timelines (window-link.ts) ------------------------------------------

  axisEnd(kind: AxisKind): number {
    return this.layout?.axis(kind).end ?? 0;
  }

  /** The axis and window the others show, when it joins them. */
  window(): { kind: AxisKind; scale: TimeScale | null } {
    return { kind: this.axis, scale: this.follow ? null : this.scale };
  }

  followWindow(kind: AxisKind, scale: TimeScale | null): void {
    this.axis = kind;
    this.follow = scale === null;
    this.scale = scale === null ? null : scale.withWidth(this.plotWidth());
    this.invalidate(true);
  }

  linkChanged(): void {
    if (this.follow) this.scale = null;
    this.invalidate(true);
  }

  /** Scrolls the lanes by `dy` pixels; false when they all fit (nothing to scroll). */
  scrollLanes(dy: number): boolean {
    const max = this.maxScroll();
    if (max <= 0) return false;
    this.scrollY = Math.max(0, Math.min(max, this.scrollY + dy));
    this.invalidate(true);
    return true;
  }

  pointerAt(x: number, y: number): void {
    this.hover = { x, y };
    this.overlayDirty = true;
    this.schedule();
  }

  pointerLeft(): void {
    this.hover = null;
    this.events.onHover(null);
    this.overlayDirty = true;
    this.schedule();
  }

  /**
   * A click at canvas pixels (x, y): on a lane, the cursor goes to the step under it and its
   * greenlet is selected; on a lane's label, its greenlet is selected (again: unselected), as
   * the inspector's chips do.
   */
  click(x: number, y: number): void {
    if (this.passive) return;
    const state = this.store.getState();
    if (x < this.metrics.gutter) {
      const gid = this.laneAt(y);
      if (gid !== null) state.selectGreenlet(state.selectedGreenlet === gid ? null : gid);
      return;
    }
    const hit = this.hitAt(x, y);
    if (hit === null) return;
    state.setStep(hit.step);
    state.selectGreenlet(hit.gid);
  }

  /**
   * Selects the lane `delta` rows from the selected greenlet's (from the top or the bottom
   * when none is), and scrolls it into view: the keyboard's way to select a greenlet.
   */
  moveSelection(delta: number): void {
    if (!!this.passive || this.frame.rows.length === 0) return;
    const state = this.store.getState();
    const rows = this.frame.rows;
    const row = state.selectedGreenlet === null ? -1 : this.frame.row(state.selectedGreenlet);
    const next =
      row < 0
        ? delta > 0
          ? 0
          : rows.length - 1
        : Math.max(0, Math.min(rows.length - 1, row + delta));
    this.revealRow(next);
    state.selectGreenlet(rows[next]);
  }

  clearSelection(): boolean {
    const state = this.store.getState();
    if (!!this.passive || (state.selectedGreenlet ?? state.selectedObject) === null) {
      return false;
    }
    state.selectGreenlet(null);
    return true;
  }

  /** The static and overlay layers composed, as the canvas shows them. */
  composed(): HTMLCanvasElement {
    const out = document.createElement("canvas");
    out.width = this.staticCanvas.width;
    out.height = this.staticCanvas.height;
    const ctx = out.getContext("2d")!;
    ctx.drawImage(this.staticCanvas, 0, 0);
    ctx.drawImage(this.overlay, 0, 0);
    return out;
  }

  /** What is shown, for the SVG export. */
  scene() {
    if (this.layout === null || this.scale === null || this.palette === null) return null;
    return {
      layout: this.layout,
      frame: this.frame,
      axis: this.axis,
      scale: this.scale,
      metrics: this.metrics,
      palette: this.palette,
      labels: this.labels,
      width: this.width,
      height: this.height,
      scrollY: this.scrollY,
      cursorX: this.cursorX(this.store.getState().step),
    };
  }

  // ---- drawing --------------------------------------------------------------------------------

  private move(next: TimeScale): void {
    if (this.layout === null) return;
    const axis = this.layout.axis(this.axis);
    const end = Math.max(axis.end, axis.minSpan, this.link?.end(this.axis) ?? 0);
    this.scale = next.clamp(0, end, axis.minSpan);
    this.follow = false;
    this.link?.moved(this, this.axis, this.scale);
    this.invalidate(true);
  }

  /** The whole run in the plot's width; stacked, the longest run of the stack. */
  private fitted(layout: TimelineLayout): TimeScale {
    const scale = layout.fit(this.axis, this.plotWidth());
    const axis = layout.axis(this.axis);
    const own = axis.end > 0 ? axis.end : axis.minSpan;
    const shared = this.link?.end(this.axis) ?? 0;
    // Zoomed out about the axis's origin, so that the fit's margins stay where they were.
    return shared > own ? scale.zoomAbout(scale.toPx(0), own / shared) : scale;
  }

  private storeChanged(s: AppState, prev: AppState): void {
    const model = this.modelOf(s);
    if (model !== this.modelOf(prev)) this.staticDirty = true;
    else if (model === s.model && s.modelVersion !== prev.modelVersion) {
      // A run that is still going grows its picture a few times a second, not every frame:
      // a flood of output would otherwise have the page repaint every lane sixty times a second.
      if (s.status === "running") this.grewWhileRunning();
      else this.staticDirty = true;
    }
    if (
      s.theme !== prev.theme ||
      s.presentation !== prev.presentation ||
      s.locale !== prev.locale
    ) {
      this.palette = null;
      this.staticDirty = true;
      // Presentation mode scales the root font, so the lanes' sizes.
      this.sizeDirty = true;
    }
    if (!this.passive && s.step !== prev.step) this.revealCursor(s.step);
    if (s.status !== prev.status || s.finishedRuns !== prev.finishedRuns) {
      if (!this.passive) publishPainted(s, false);
      // The whole picture is painted now: a growth repaint still waiting has nothing to add.
      window.clearTimeout(this.growthTimer);
      this.growthTimer = 0;
      this.staticDirty = true;
    }
    this.overlayDirty = true;
    this.schedule();
  }

  private grewWhileRunning(): void {
    if (this.growthTimer !== 0) return;
    const spacing = Math.max(GROWTH_PAINT_MS, GROWTH_COST_FACTOR * this.growthCost);
    const wait = this.lastGrowthPaint + spacing - performance.now();
    const paint = () => {
      this.growthTimer = 0;
      this.lastGrowthPaint = performance.now();
      this.invalidate(true);
    };
    if (wait <= 0) paint();
    else this.growthTimer = window.setTimeout(paint, wait);
  }

  private invalidate(full: boolean): void {
    if (full) this.staticDirty = true;
    this.overlayDirty = true;
    this.schedule();
  }

  private schedule(): void {
    if (this.raf === 0) this.raf = requestAnimationFrame(() => this.draw());
  }

  private draw(): void {
    this.raf = 0;
    const started = performance.now();
    const growthPaint = this.staticDirty && this.growing();
    const state = this.store.getState();
    const layout = layoutOf(this.modelOf(state));
    let grew = false;
    if (layout !== this.layout) {
      this.layout = layout;
      // Stacked, a new run keeps the window the others show.
      const shared = this.link?.windowFor(this) ?? null;
      if (shared !== null) this.axis = shared.kind;
      this.scale = shared?.scale ?? null;
      this.follow = this.scale === null;
      this.scrollY = 0;
      if (layout !== null) this.labels.use(layout);
      this.staticDirty = true;
      grew = true;
    }
    // A running run's layout reads its new steps only for a repaint (grewWhileRunning spaces
    // them out), not on every frame the store changes: else the flood paints every frame.
    if (layout !== null && (this.staticDirty || !this.growing()) && layout.update()) {
      this.staticDirty = true;
      grew = true;
    }
    if (grew) this.link?.changed(this);
    this.measure(layout);
    if (layout !== null && (this.scale === null || (this.follow && this.staticDirty))) {
      this.scale = this.fitted(layout);
    }
    const palette = this.ensurePalette();
    if (this.staticDirty) {
      this.staticDirty = false;
      this.paintStaticLayer(layout, palette);
      if (layout !== null) this.announceLanes(layout, state);
      const complete = layout === null || layout.stepCount === layout.model.stepCount;
      if (!this.passive) publishPainted(state, complete);
      if (complete && layout !== null && state.status === "idle") this.prepareOtherAxis(layout);
      if (growthPaint) this.growthCost = performance.now() - started;
    }
    if (this.overlayDirty) {
      this.overlayDirty = false;
      this.paintOverlayLayer(palette);
    }
  }

  /**
   * Builds the other axis's level of detail while the page is idle, so switching is instant:
   * in slices (IDLE_SLICE nodes, a few milliseconds), so zooming meanwhile keeps its frames.
   */
  private prepareOtherAxis(layout: TimelineLayout): void {
    const other = this.axis === "steps" ? "time" : "steps";
    const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 50));
    const slice = () => {
      if (this.layout === layout && !layout.refreshDetail(other, IDLE_SLICE)) idle(slice);
    };
    idle(slice);
  }

  private plotWidth(): number {
    return Math.max(40, this.width - this.metrics.gutter);
  }

  private maxScroll(): number {
    const lanes = this.frame.rows.length * this.metrics.lane;
    return Math.max(0, lanes - (this.height - this.metrics.axis));
  }

  /** Sizes the canvases to the host's width and the lanes' height (up to the cap). */
  private measure(layout: TimelineLayout | null): void {
    if (this.sizeDirty) {
      this.sizeDirty = false;
      this.sizes = {
        root: parseFloat(getComputedStyle(document.documentElement).fontSize),
        width: Math.floor((this.host.parentElement ?? this.host).clientWidth),
        viewport: window.innerHeight,
      };
    }
    const { root, width, viewport } = this.sizes;
    this.metrics = metricsFor(root, width, viewport);
    const rows = layout?.order(this.showHub).length ?? 0;
    let height = Math.min(
      this.metrics.axis + Math.max(rows, 1) * this.metrics.lane + 2,
      this.metrics.maxHeight,
    );
    // While a run goes on its lanes appear one by one: the canvas keeps the last run's height
    // until the run ends, instead of shrinking to one lane and growing back (each a new canvas
    // and a new layout of the page below), and a run again of the same program resizes nothing.
    if (this.growing()) height = Math.max(height, this.height);
    if (width !== this.width || height !== this.height) {
      this.width = width;
      this.height = height;
      this.host.style.height = `${height}px`;
      const dpr = window.devicePixelRatio || 1;
      for (const canvas of [this.staticCanvas, this.overlay]) {
        canvas.width = Math.max(1, Math.round(width * dpr));
        canvas.height = Math.max(1, Math.round(height * dpr));
        canvas.style.width = `${width}px`;
        canvas.style.height = `${height}px`;
      }
      if (this.scale !== null) this.scale = this.scale.withWidth(this.plotWidth());
      this.staticDirty = true;
      // The geometry, for tests that point at a lane.
      Object.assign(this.overlay.dataset, {
        gutter: String(this.metrics.gutter),
        axisHeight: String(this.metrics.axis),
        laneHeight: String(this.metrics.lane),
      });
    }
    this.scrollY = Math.min(this.scrollY, this.maxScrollFor(rows));
  }

  /** The shown run is still going (a passive timeline shows a finished one). */
  private growing(): boolean {
    return !this.passive && this.store.getState().status === "running";
  }

  private maxScrollFor(rows: number): number {
    return Math.max(0, rows * this.metrics.lane - (this.height - this.metrics.axis));
  }

  private ensurePalette(): Palette {
    if (this.palette === null) {
      this.palette = readPalette(this.host, this.staticCanvas.getContext("2d")!, 1);
    }
    return this.palette;
  }

  private context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
    const ctx = canvas.getContext("2d")!;
    const dpr = canvas.width / Math.max(1, this.width);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    return ctx;
  }

  private paintStaticLayer(layout: TimelineLayout | null, palette: Palette): void {
    const ctx = this.context(this.staticCanvas);
    if (layout === null || this.scale === null) {
      ctx.fillStyle = palette.panel;
      ctx.fillRect(0, 0, this.width, this.height);
      return;
    }
    this.frame.compute(layout, { axis: this.axis, scale: this.scale, showHub: this.showHub });
    // The window shown, for tests of timelines stacked on one axis.
    this.overlay.dataset.window = `${this.axis} ${this.scale.start} ${this.scale.span}`;
    paintStatic(ctx, this.scene()!);
  }

  private cursorX(step: number): number | null {
    if (this.passive || this.layout === null || this.scale === null || step < 0) return null;
    if (step >= this.layout.stepCount) return null;
    return this.scale.toPx(cursorAt(this.layout, this.axis, step));
  }

  private revealCursor(step: number): void {
    const x = this.cursorX(step);
    if (x === null || this.scale === null || this.layout === null) return;
    if (x >= 0 && x <= this.scale.width) return;
    const next = this.scale.reveal(cursorAt(this.layout, this.axis, step), 32);
    this.scale = next;
    this.follow = false;
    this.staticDirty = true;
    this.link?.moved(this, this.axis, next);
  }

  private hitAt(x: number, y: number) {
    if (this.layout === null || this.scale === null) return null;
    const m = this.metrics;
    if (x < m.gutter || y < m.axis) return null;
    const row = Math.floor((y - m.axis + this.scrollY) / m.lane);
    return hitTest(
      this.layout,
      this.frame,
      { axis: this.axis, scale: this.scale },
      x - m.gutter,
      row,
    );
  }

  private paintOverlayLayer(palette: Palette): void {
    const ctx = this.context(this.overlay);
    const state = this.store.getState();
    const hover = this.hoverBox();
    const layout = this.layout;
    const highlight =
      layout === null ? null : this.highlight.of(state, layout, this.frame, !this.passive);
    const rows = (gids: readonly number[]) =>
      gids.map((g) => this.frame.row(g)).filter((r) => r >= 0);
    if (!this.passive) this.overlay.dataset.cursor = String(state.step);
    publishHighlight(this.host, highlight);
    paintOverlay(ctx, {
      width: this.width,
      height: this.height,
      metrics: this.metrics,
      palette,
      scrollY: this.scrollY,
      cursorX: !this.passive ? this.cursorX(state.step) : null,
      hover,
      selection: this.selection,
      highlightRows: rows(highlight?.lanes ?? []),
      candidateRows: rows(highlight?.candidates ?? []),
      waits: highlight?.waits ?? [],
    });
  }

  /** The segment under the pointer, outlined, and its tooltip. */
  private hoverBox(): OverlayScene["hover"] {
    if (this.hover === null || this.layout === null || this.scale === null) return null;
    const hit = this.hitAt(this.hover.x, this.hover.y);
    if (hit === null || hit.segment < 0) {
      this.events.onHover(null);
      return null;
    }
    const axis = this.layout.axis(this.axis);
    const lane = this.layout.lanes[hit.gid];
    const start = lane.starts.data[hit.segment];
    const end =
      hit.segment + 1 < lane.segmentCount ? axis.at(lane.starts.data[hit.segment + 1]) : axis.end;
    const mark = hit.mark >= 0 ? describeMark(this.layout, hit.gid, hit.mark) : null;
    const locale = this.store.getState().locale;
    this.events.onHover({
      left: this.hover.x,
      top: this.hover.y,
      width: this.width,
      step: hit.step,
      segment: describeSegment(this.layout, hit.gid, hit.segment),
      mark,
      choice: mark?.choice ? choiceLines(this.layout, mark.choice, locale) : null,
    });
    return {
      x: this.hover.x - this.metrics.gutter,
      row: this.frame.row(hit.gid),
      x0: this.scale.toPx(axis.at(start)),
      x1: this.scale.toPx(end),
    };
  }

  /** The lane at canvas y (in the gutter or the plot), or null. */
  private laneAt(y: number): number | null {
    const m = this.metrics;
    if (y < m.axis) return null;
    const row = Math.floor((y - m.axis + this.scrollY) / m.lane);
    return row >= 0 && row < this.frame.rows.length ? this.frame.rows[row] : null;
  }

  /** Scrolls the lanes so row `row` shows whole. */
  private revealRow(row: number): void {
    const m = this.metrics;
    const top = row * m.lane;
    const room = this.height - m.axis;
    const next = Math.max(Math.min(this.scrollY, top), top + m.lane - room);
    if (next !== this.scrollY) {
      this.scrollY = Math.max(0, Math.min(this.maxScroll(), next));
      this.invalidate(true);
    }
  }

  private announceLanes(layout: TimelineLayout, state: AppState): void {
    const rows = this.frame.rows;
    const key = `${rows.join(",")}|${state.finishedRuns}|${layout.stepCount}`;
    if (key === this.lanesKey) return;
    this.lanesKey = key;
    this.events.onLanes(publishLanes(this.overlay, layout, rows, state.status === "idle"));
  }
}
