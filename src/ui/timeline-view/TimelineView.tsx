import { useEffect, useId, useRef, useState } from "react";
import { timelineMessagesFor } from "../../i18n/timeline-messages";
import { chromeTraceChunks } from "../../store/timeline-source";
import type { RunModel } from "../../trace/model/run-model";
import type { AxisKind } from "../../timeline/axis";
import { useAppState, useAppStore } from "../store-context";
import { useLocale } from "../use-messages";
import { downloadBlob } from "./download";
import { attachInput } from "./timeline-input";
import { TimelineController, type HoverInfo } from "./timeline-controller";
import { TimelineLegend } from "./TimelineLegend";
import { timelineSvg } from "./timeline-svg";
import { TimelineTooltip } from "./TimelineTooltip";
import type { WindowLink } from "./window-link";
import "./timeline-view.css";

export interface TimelineViewProps {
  /** Timelines stacked with it on one axis (the lab's comparison): zoom and pan move them all. */
  link?: WindowLink;
  /**
   * The lab's pinned run instead of the run shown: the canvas and its tooltip only (the run
   * shown's toolbar moves both), no cursor.
   */
  pinned?: boolean;
  /** The canvas's accessible name when pinned ("Pinned (gevent)"). */
  label?: string;
}

const pinnedModel = (s: { pinned: { model: RunModel } | null }) => s.pinned?.model ?? null;

/**
 * The switch timeline: a toolbar (axis, hub lane, zoom, exports), the canvas (a static layer
 * and an overlay, drawn by TimelineController on animation frames), the tooltip and the legend.
 */
export function TimelineView({ link, pinned = false, label }: TimelineViewProps = {}) {
  const store = useAppStore();
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
  const hasRun = useAppState((s) => (pinned ? s.pinned !== null : s.model !== null));
  const hasTrace = useAppState((s) => s.trace !== null);

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
      pinned ? { link, passive: true, modelOf: pinnedModel } : { link },
    );
    controller.current = c;
    c.start();
    const detach = attachInput(overlay.current!, c);
    return () => {
      detach();
      c.stop();
      controller.current = null;
    };
  }, [store, link, pinned]);

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
    const chunks = chromeTraceChunks(store.getState());
    if (chunks !== null)
      downloadBlob(document, new Blob(chunks, { type: "application/json" }), "trace.json");
  };

  if (pinned) {
    return (
      <div className="timeline-view pinned">
        <div className="timeline-body" ref={host}>
          <canvas ref={staticCanvas} aria-hidden="true" />
          <canvas
            ref={overlay}
            className="overlay"
            tabIndex={0}
            role="application"
            aria-label={label ?? t.canvasLabel}
            aria-describedby={helpId}
            data-pinned-timeline-canvas=""
          />
          {hover !== null && <TimelineTooltip hover={hover} t={t} passive />}
        </div>
        <p id={helpId} className="sr-only">
          {lanes.length > 0 && `${t.lanes}: ${lanes.join(", ")}.`}
        </p>
      </div>
    );
  }

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
          data-timeline-canvas="current"
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
