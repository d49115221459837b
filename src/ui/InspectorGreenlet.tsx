import type { SteppingMessages } from "../i18n/stepping-messages";
import type { InspectorView } from "../store/step-views";
import { ChangedMark, greenletColour, WhoChip } from "./InspectorParts";

type GreenletRow = InspectorView["greenlets"][number];

/** Where a greenlet stands: its status, why and on what, its line, parent and outcome. */
export function InspectorGreenlet({ g, s }: { g: GreenletRow; s: SteppingMessages }) {
  const kind = (type: string) => s.objectKind(type);
  const on = g.on === null ? null : (g.on.name ?? `${kind(g.on.type)} #${g.on.id}`);
  return (
    <li
      className={`inspector-greenlet ${greenletColour(g.gid)} ${g.running ? "running" : ""} ${g.changed ? "changed" : ""}`}
    >
      <WhoChip who={g} />
      <span className={`status status-${g.status}`}>{s.status(g.status)}</span>
      {g.reason !== null && <span className="reason">{s.reason(g.reason)}</span>}
      {on !== null && <span className="on">{s.onObject({ object: on })}</span>}
      {g.joined !== null && <span className="on">{g.joined.label}</span>}
      {g.line > 0 && <span className="line">{s.line({ line: g.line })}</span>}
      {g.parent !== null && <span className="parent">{s.parent({ parent: g.parent.label })}</span>}
      {g.value !== null && (
        <span className="outcome">
          {s.value} <code>{g.value}</code>
        </span>
      )}
      {g.exception !== null && (
        <span className="outcome failed">
          {s.exception} <code>{g.exception}</code>
        </span>
      )}
      {g.changed && <ChangedMark s={s} />}
    </li>
  );
}
