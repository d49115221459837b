import { useMemo } from "react";
import { formatTime } from "./ConsoleLines";
import { InspectorGreenlet } from "./InspectorGreenlet";
import { InspectorChoice } from "./lab/InspectorChoice";
import { InspectorObject } from "./InspectorObject";
import { WhoChip, WhoList } from "./InspectorParts";
import { inspectorAt } from "../store/step-views";
import { useAppState } from "./store-context";
import { useMessages } from "./use-messages";
import { WaitForDiagram } from "./WaitForDiagram";
import "./Inspector.css";

/**
 * The state at the cursor: every greenlet, the hub's ready queue and timers, every object with
 * its contents and waiters in wake order; what the step changed is highlighted. Selecting a
 * greenlet or an object sets the store's selection, which the timeline shares.
 */
export function Inspector({ labelledBy }: { labelledBy: string }) {
  const s = useMessages().stepping;
  const model = useAppState((st) => st.model);
  const step = useAppState((st) => st.step);
  const version = useAppState((st) => st.modelVersion);
  const idle = useAppState((st) => st.status === "idle");
  const view = useMemo(
    () => (model !== null && idle && version >= 0 ? inspectorAt(model, step) : null),
    [model, step, idle, version],
  );
  if (view === null) {
    return (
      <section className="inspector" role="region" aria-labelledby={labelledBy}>
        <p className="hint">{s.nothingYet}</p>
      </section>
    );
  }
  return (
    <section className="inspector" role="region" aria-labelledby={labelledBy}>
      <InspectorChoice />
      <WaitForDiagram />
      <h3>{s.greenlets}</h3>
      <ul className="inspector-greenlets">
        {view.greenlets.map((g) => (
          <InspectorGreenlet key={g.gid} g={g} s={s} />
        ))}
      </ul>
      <h3 className={view.hubChanged ? "changed" : ""}>{s.readyQueue}</h3>
      <WhoList who={view.ready} empty={s.readyEmpty} />
      {view.timers.length > 0 && (
        <>
          <h3>{s.timers}</h3>
          <ol className="inspector-timers">
            {view.timers.map((timer) => (
              <li key={timer.id}>
                <WhoChip who={timer.owner} /> {s.timerDue({ due: formatTime(timer.due) })}
              </li>
            ))}
          </ol>
        </>
      )}
      {view.objects.length > 0 && (
        <>
          <h3>{s.objects}</h3>
          <ul className="inspector-objects">
            {view.objects.map((o) => (
              <InspectorObject key={o.ref.id} o={o} s={s} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
