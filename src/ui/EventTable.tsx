import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { rowAt } from "../store/step-views";
import { formatTime } from "./ConsoleLines";
import { greenletColour } from "./InspectorParts";
import { useAppState } from "./store-context";
import { useMessages } from "./use-messages";
import { stepWords } from "./use-step-sentence";
import { isInView, ROW_HEIGHT, scrollTopFor, windowOf } from "./event-table-window";
import "./EventTable.css";

/**
 * The run as a table, one row per step (step, time, greenlet, what happened): the timeline's
 * text alternative, with the same cursor. Only the rows in view are on the page, so a run of
 * a million steps scrolls as easily as a short one; arrows, PageUp/PageDown and Home/End move
 * the cursor, which the table keeps in view.
 */
export function EventTable({ labelledBy }: { labelledBy: string }) {
  const t = useMessages();
  const s = t.stepping;
  const model = useAppState((st) => (st.status === "idle" ? st.model : null));
  const count = useAppState((st) => (st.status === "idle" ? (st.model?.stepCount ?? 0) : 0));
  const step = useAppState((st) => st.step);
  const setStep = useAppState((st) => st.setStep);
  const moveCursor = useAppState((st) => st.moveCursor);
  const box = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 0 });

  useLayoutEffect(() => {
    const el = box.current;
    if (el === null) return;
    const observer = new ResizeObserver(() =>
      setScroll({ top: el.scrollTop, height: el.clientHeight }),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const view = windowOf(count, scroll.top, scroll.height);

  // The cursor stays in view: scroll only when its row is outside the window.
  useEffect(() => {
    const el = box.current;
    if (el === null || step < 0 || count === 0) return;
    if (isInView(count, step, el.scrollTop, el.clientHeight)) return;
    el.scrollTop = scrollTopFor(count, step, el.clientHeight);
  }, [step, count]);

  const page = Math.max(1, view.rows - 2);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, () => void> = {
      ArrowDown: () => moveCursor("next"),
      ArrowUp: () => moveCursor("previous"),
      PageDown: () => setStep(step + page),
      PageUp: () => setStep(step - page),
      Home: () => moveCursor("first"),
      End: () => moveCursor("last"),
    };
    const move = moves[event.key];
    if (move === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    move();
  };

  const shown: number[] = [];
  for (let n = view.first; n < Math.min(count, view.first + view.rows); n++) shown.push(n);
  if (step >= 0 && step < count && !shown.includes(step)) shown.push(step);

  return (
    <div
      ref={box}
      className="event-table"
      role="grid"
      aria-labelledby={labelledBy}
      aria-describedby={`${labelledBy}-about`}
      aria-rowcount={count + 1}
      aria-colcount={4}
      aria-activedescendant={step >= 0 && step < count ? `${labelledBy}-row-${step}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={(event) =>
        setScroll({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight })
      }
    >
      <span id={`${labelledBy}-about`} className="sr-only">
        {s.tableLabel}
      </span>
      <div className="event-row head" role="row" aria-rowindex={1}>
        <span role="columnheader">{s.columnStep}</span>
        <span role="columnheader">{s.columnTime}</span>
        <span role="columnheader">{s.columnGreenlet}</span>
        <span role="columnheader">{s.columnWhat}</span>
      </div>
      <div className="event-rows" style={{ height: view.totalHeight }} role="presentation">
        {model !== null &&
          shown.map((n) => {
            const row = rowAt(model, n);
            return (
              <div
                key={n}
                id={`${labelledBy}-row-${n}`}
                className={`event-row ${n === step ? "current" : ""}`}
                role="row"
                aria-rowindex={n + 2}
                aria-selected={n === step}
                style={{ top: view.topOf(n) }}
                onClick={() => setStep(n)}
              >
                <span role="gridcell">{n}</span>
                <span role="gridcell">{formatTime(row.time)}</span>
                <span role="gridcell" className={`who ${greenletColour(row.gid)}`}>
                  {row.greenlet}
                </span>
                <span role="gridcell">{stepWords(model, n, t)}</span>
              </div>
            );
          })}
      </div>
    </div>
  );
}

export { ROW_HEIGHT };
