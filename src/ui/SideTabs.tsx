import { useEffect, useId, useRef, type KeyboardEvent } from "react";
import type { SideTab } from "../store/side-tab-slice";
import { EventTable } from "./EventTable";
import { Inspector } from "./Inspector";
import { OutputPanel } from "./OutputPanel";
import { useAppState, useAppStore } from "./store-context";
import { useMessages } from "./use-messages";
import "./SideTabs.css";

const TABS: readonly SideTab[] = ["output", "inspector", "events"];

/**
 * The right-hand pane: the run's output, the inspector and the event table as tabs. The output
 * shows while a run goes on; stepping brings the inspector (src/store/side-tab-slice.ts).
 */
export function SideTabs() {
  const t = useMessages();
  const id = useId();
  const store = useAppStore();
  const tab = useAppState((s) => s.sideTab);
  const setTab = useAppState((s) => s.setSideTab);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const names: Record<SideTab, string> = {
    output: t.output,
    inspector: t.stepping.inspector,
    events: t.stepping.events,
  };

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.status === "running" && previous.status !== "running") setTab("output");
      }),
    [store, setTab],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    const delta = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + delta + TABS.length) % TABS.length];
    setTab(next);
    buttons.current[TABS.indexOf(next)]?.focus();
  };

  return (
    <div className="side-tabs">
      <div className="tab-list" role="tablist" aria-label={t.stepping.tabs} onKeyDown={onKeyDown}>
        {TABS.map((name, index) => (
          <button
            key={name}
            ref={(el) => void (buttons.current[index] = el)}
            type="button"
            role="tab"
            id={`${id}-${name}`}
            aria-controls={`${id}-${name}-panel`}
            aria-selected={tab === name}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
          >
            {names[name]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-output-panel`}
        aria-labelledby={`${id}-output`}
        hidden={tab !== "output"}
        className="tab-panel"
      >
        <OutputPanel />
      </div>
      <div
        role="tabpanel"
        id={`${id}-inspector-panel`}
        aria-labelledby={`${id}-inspector`}
        hidden={tab !== "inspector"}
        className="tab-panel"
      >
        {tab === "inspector" && <Inspector labelledBy={`${id}-inspector`} />}
      </div>
      <div
        role="tabpanel"
        id={`${id}-events-panel`}
        aria-labelledby={`${id}-events`}
        hidden={tab !== "events"}
        className="tab-panel"
      >
        {tab === "events" && <EventTable labelledBy={`${id}-events`} />}
      </div>
    </div>
  );
}
