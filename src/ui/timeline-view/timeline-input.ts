/**
 * The timeline's input, on its overlay canvas: Ctrl+wheel and pinch zoom about the pointer,
 * wheel and drag pan (a vertical wheel scrolls the lanes when they overflow), a click moves the
 * run's cursor and selects the lane's greenlet (a click on a lane's label selects it alone),
 * Shift and a drag zooms to the stretch dragged over; with focus, W/S zoom, A/D pan, 0 fits,
 * left/right step the cursor, up/down select the lane above/below, Escape clears the
 * selection, Home/End go to the ends.
 */
import type { TimelineController } from "./timeline-controller";

/** A press that moves less than this is a click, not a drag. */
const CLICK_SLOP = 4;
const KEY_ZOOM = 1.5;
const KEY_PAN = 80;

export function attachInput(canvas: HTMLCanvasElement, c: TimelineController): () => void {
  const pointers = new Map<number, { x: number; y: number }>();
  let drag: { x: number; y: number; moved: boolean } | null = null;
  let selecting: { x0: number; x1: number } | null = null;
  let pinch: number | null = null;
  const local = (e: { clientX: number; clientY: number }) => {
    const r = canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const spread = () => {
    const [a, b] = [...pointers.values()];
    return Math.hypot(a.x - b.x, a.y - b.y);
  };

  const onWheel = (e: WheelEvent) => {
    const { x } = local(e);
    const scale = e.deltaMode === 1 ? 16 : 1;
    e.preventDefault();
    if (e.ctrlKey || e.metaKey)
      return c.zoom(Math.exp(-e.deltaY * scale * 0.0025), x - c.metrics.gutter);
    if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) return c.pan(-e.deltaX * scale);
    if (!e.shiftKey && c.scrollLanes(e.deltaY * scale)) return;
    c.pan(-e.deltaY * scale);
  };
  const onDown = (e: PointerEvent) => {
    const p = local(e);
    pointers.set(e.pointerId, p);
    canvas.setPointerCapture(e.pointerId);
    if (pointers.size === 2) {
      pinch = spread();
      drag = null;
      selecting = null;
    } else if (e.shiftKey) {
      selecting = { x0: p.x - c.metrics.gutter, x1: p.x - c.metrics.gutter };
      c.select(selecting);
    } else drag = { ...p, moved: false };
  };
  const onMove = (e: PointerEvent) => {
    const p = local(e);
    if (pointers.has(e.pointerId)) pointers.set(e.pointerId, p);
    if (pinch !== null && pointers.size === 2) {
      const now = spread();
      const [a, b] = [...pointers.values()];
      if (pinch > 0) c.zoom(now / pinch, (a.x + b.x) / 2 - c.metrics.gutter);
      pinch = now;
      return;
    }
    if (selecting !== null) {
      selecting.x1 = p.x - c.metrics.gutter;
      c.select(selecting);
      return;
    }
    if (drag !== null) {
      const dx = p.x - drag.x;
      if (drag.moved || Math.abs(dx) > CLICK_SLOP || Math.abs(p.y - drag.y) > CLICK_SLOP) {
        drag.moved = true;
        c.pan(dx);
        c.scrollLanes(drag.y - p.y);
        drag.x = p.x;
        drag.y = p.y;
      }
      return;
    }
    c.pointerAt(p.x, p.y);
  };
  const onUp = (e: PointerEvent) => {
    const p = local(e);
    pointers.delete(e.pointerId);
    if (pointers.size < 2) pinch = null;
    if (drag !== null && !drag.moved) c.click(p.x, p.y);
    if (selecting !== null) c.zoomTo(selecting.x0, selecting.x1);
    c.select(null);
    selecting = null;
    drag = null;
    c.pointerAt(p.x, p.y);
  };
  const onLeave = () => {
    if (drag === null) c.pointerLeft();
  };
  const onKey = (e: KeyboardEvent) => {
    // The page's stepping keys (use-step-keys.ts) listen first: a key they took is done.
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    const state = c.store.getState();
    const actions: Record<string, () => void> = {
      w: () => c.zoom(KEY_ZOOM),
      s: () => c.zoom(1 / KEY_ZOOM),
      "+": () => c.zoom(KEY_ZOOM),
      "=": () => c.zoom(KEY_ZOOM),
      "-": () => c.zoom(1 / KEY_ZOOM),
      a: () => c.pan(KEY_PAN),
      d: () => c.pan(-KEY_PAN),
      "0": () => c.fit(),
      ArrowLeft: () => state.moveCursor("previous"),
      ArrowRight: () => state.moveCursor("next"),
      Home: () => state.moveCursor("first"),
      End: () => state.moveCursor("last"),
      // The lanes: the one above or below is selected (and scrolled to), as in the inspector.
      ArrowUp: () => c.moveSelection(-1),
      ArrowDown: () => c.moveSelection(1),
    };
    if (e.key === "Escape") {
      // Only a selection to clear takes the key: otherwise it is the page's (a dialog's).
      if (c.clearSelection()) e.preventDefault();
      return;
    }
    const action = actions[e.key.length === 1 ? e.key.toLowerCase() : e.key];
    if (action === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    action();
  };

  canvas.addEventListener("wheel", onWheel, { passive: false });
  canvas.addEventListener("pointerdown", onDown);
  canvas.addEventListener("pointermove", onMove);
  canvas.addEventListener("pointerup", onUp);
  canvas.addEventListener("pointercancel", onUp);
  canvas.addEventListener("pointerleave", onLeave);
  canvas.addEventListener("keydown", onKey);
  return () => {
    canvas.removeEventListener("wheel", onWheel);
    canvas.removeEventListener("pointerdown", onDown);
    canvas.removeEventListener("pointermove", onMove);
    canvas.removeEventListener("pointerup", onUp);
    canvas.removeEventListener("pointercancel", onUp);
    canvas.removeEventListener("pointerleave", onLeave);
    canvas.removeEventListener("keydown", onKey);
  };
}
