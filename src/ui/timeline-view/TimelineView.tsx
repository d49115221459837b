import { useEffect, useId, useRef, useState } from "react";
import { timelineMessagesFor } from "../../i18n/timeline-messages";
import { chromeTraceChunks, chromeTraceOf } from "../../store/timeline-source";
import type { RunModel } from "../../trace/model/run-model";
import type { AxisKind } from "../../timeline/axis";
import { useAppState, useAppStore } from "../store-context";
import { useLocale } from "../use-messages";
import { downloadBlob } from "./download";
import { attachInput } from "./timeline-input";
import { CURRENT_RUN, TimelineController, type HoverInfo } from "./timeline-controller";
import { TimelineLegend } from "./TimelineLegend";
import { timelineSvg } from "./timeline-svg";
import { TimelineTooltip } from "./TimelineTooltip";
import "./timeline-view.css";

export interface TimelineViewProps {
  /**
   * Another run's model to show (a run pinned for comparison): that view shows its run and
   * the greenlet selected, and leaves the cursor and the selection to the current run's view.
   * By default, the current run's.
   */
  model?: RunModel | null;
  /** The canvas's accessible name, when the page shows more than one timeline. */
  label?: string;
}

/**
 * The switch timeline: a toolbar (axis, hub lane, zoom, exports), the canvas (a static layer
 * and an overlay, drawn by TimelineController on animation frames), the tooltip and the legend.
 */
export function TimelineView({ model, label }: TimelineViewProps = {}) {
  const store = useAppStore();
  const other = model !== undefined;
  // The controller lives as long as the store; it reads the model given through this.
  const given = useRef(model ?? null);
  const t = timelineMessagesFor(useLocale());
  const helpId = useId();
  const host = useRef<HTMLDivElement>(null);
  const staticCanvas = useRef<HTMLCanvasElement>(null);
  const overlay = useRef<HTMLCanvasElement>(null);
  const controller = useRef<TimelineController | null>(null);
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const [lanes, setLanes] = useState<string[]>([]);
  const [axis, setAxis] = useState<AxisKind>("steps");
  const [showHub, setShowHub] = useState(true);
  const [legendOpen, setLegendOpen] = useState(false);
  const legendId = useId();
  const hasRun = useAppState((s) => (other ? model !== null : s.model !== null));
  const hasTrace = useAppState((s) => (other ? model !== null : s.trace !== null));

  useEffect(() => {
    const c = new TimelineController(
      store,
      host.current!,
      staticCanvas.current!,
      overlay.current!,
      {
        onHover: setHover,
        onLanes: setLanes,
      },
      other ? { model: () => given.current, primary: false } : CURRENT_RUN,
    );
    controller.current = c;
    c.start();
    const detach = attachInput(overlay.current!, c);
    return () => {
      detach();
      c.stop();
      controller.current = null;
    };
    // Whether a model is given is fixed for a view's life; which model, not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  useEffect(() => {
    given.current = model ?? null;
    controller.current?.refresh();
  }, [model]);

  const chooseAxis = (next: AxisKind) => {
    setAxis(next);
    controller.current?.setAxis(next);
  };
  const toggleHub = () => {
    setShowHub(!showHub);
    controller.current?.setShowHub(!showHub);
  };
  const exportPng = () =>
    controller.current?.composed().toBlob((blob) => {
      if (blob !== null) downloadBlob(document, blob, "timeline.png");
    });
  const exportSvg = () => {
    const scene = controller.current?.scene();
    if (scene)
      downloadBlob(
        document,
        new Blob([timelineSvg(scene)], { type: "image/svg+xml" }),
        "timeline.svg",
      );
  };
  const exportTrace = () => {
    const chunks = other
      ? given.current && chromeTraceOf(given.current)
      : chromeTraceChunks(store.getState());
    if (chunks !== null)
      downloadBlob(document, new Blob(chunks, { type: "application/json" }), "trace.json");
  };

  return (
    <div className="timeline-view">
      <div className="timeline-toolbar">
        <span className="group" role="group" aria-label={t.axis}>
          <button type="button" aria-pressed={axis === "steps"} onClick={() => chooseAxis("steps")}>
            {t.axisSteps}
          </button>
          <button type="button" aria-pressed={axis === "time"} onClick={() => chooseAxis("time")}>
            {t.axisTime}
          </button>
        </span>
        <button type="button" aria-pressed={showHub} title={t.hubViewHelp} onClick={toggleHub}>
          {t.hubView}
        </button>
        <span className="group">
          <button
            type="button"
            aria-label={t.zoomOut}
            title={t.zoomOut}
            onClick={() => controller.current?.zoom(1 / 1.5)}
          >
            −
          </button>
          <button
            type="button"
            aria-label={t.zoomIn}
            title={t.zoomIn}
            onClick={() => controller.current?.zoom(1.5)}
          >
            +
          </button>
          <button type="button" onClick={() => controller.current?.fit()}>
            {t.zoomFit}
          </button>
        </span>
        <button
          type="button"
          aria-expanded={legendOpen}
          aria-controls={legendId}
          onClick={() => setLegendOpen(!legendOpen)}
        >
          {t.legend}
        </button>
        <span className="spacer" />
        <span className="group">
          <button type="button" disabled={!hasRun} onClick={exportPng}>
            {t.exportPng}
          </button>
          <button type="button" disabled={!hasRun} onClick={exportSvg}>
            {t.exportSvg}
          </button>
          <button
            type="button"
            disabled={!hasTrace}
            aria-label={t.exportTrace}
            title={t.exportTrace}
            onClick={exportTrace}
          >
            {t.exportTraceShort}
          </button>
        </span>
      </div>
      <div className="timeline-body" ref={host}>
        <canvas ref={staticCanvas} aria-hidden="true" />
        <canvas
          ref={overlay}
          className="overlay"
          tabIndex={0}
          role="application"
          aria-label={label ?? t.canvasLabel}
          aria-describedby={helpId}
          data-timeline-canvas={other ? "other" : "current"}
        />
        {hover !== null && <TimelineTooltip hover={hover} t={t} />}
      </div>
      <p id={helpId} className="sr-only">
        {t.canvasHelp} {lanes.length > 0 && `${t.lanes}: ${lanes.join(", ")}.`}
      </p>
      {!hasRun && <p className="timeline-empty hint">{t.empty}</p>}
      {legendOpen && <TimelineLegend t={t} id={legendId} />}
    </div>
  );
}
