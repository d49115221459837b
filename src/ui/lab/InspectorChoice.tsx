import { selectInspectorChoice } from "../../store/lab-inspector";
import { WhoChip } from "../InspectorParts";
import { useAppState } from "../store-context";
import { useLabMessages } from "./use-lab-messages";
import "./lab.css";

/**
 * In the Inspector, at a choice point's steps or while one is open: the candidates in gevent's
 * order, what choosing each does (the narration's sentence), and the one chosen.
 */
export function InspectorChoice() {
  const t = useLabMessages();
  const view = useAppState(selectInspectorChoice);
  if (view === null) return null;
  const n = view.index + 1;
  return (
    <div
      className="inspector-choice"
      data-inspector-choice={view.index}
      data-chosen={view.candidates.find((c) => c.chosen)?.index ?? ""}
    >
      <h3>{view.preemption ? t.inspectorPreemption({ n }) : t.inspectorChoice({ n })}</h3>
      <p>{view.caption}</p>
      {view.open && <p className="hint">{t.openHere}</p>}
      <ol className="inspector-candidates">
        {view.candidates.map((c) => (
          <li key={c.index} className={c.chosen ? "chosen" : ""} data-candidate={c.index}>
            <WhoChip who={{ gid: c.gid, label: c.label }} /> <span>{c.text}</span>
            {c.index === 0 && <span className="hint"> ({t.geventPick})</span>}
            {c.chosen && <strong className="chosen-mark"> ✓ {t.chosen}</strong>}
          </li>
        ))}
      </ol>
    </div>
  );
}
