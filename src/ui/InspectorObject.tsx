import type { SteppingMessages } from "../i18n/stepping-messages";
import type { InspectorView } from "../store/step-views";
import { ChangedMark, WhoList } from "./InspectorParts";
import { useAppState } from "./store-context";

type ObjectRow = InspectorView["objects"][number];

function Chips({ items, empty }: { items: readonly string[]; empty: string }) {
  if (items.length === 0) return <span className="hint">{empty}</span>;
  return (
    <ol className="chips">
      {items.map((item, index) => (
        <li key={index} className="chip">
          {item}
        </li>
      ))}
    </ol>
  );
}

/** The holders in the order they acquired, a re-entrant lock's depth as `main ×2`. */
function holderText(holders: ObjectRow["holders"]): string {
  const depth = new Map<number, { label: string; n: number }>();
  for (const h of holders) {
    const seen = depth.get(h.gid);
    if (seen) seen.n++;
    else depth.set(h.gid, { label: h.label, n: 1 });
  }
  return [...depth.values()].map((h) => (h.n > 1 ? `${h.label} ×${h.n}` : h.label)).join(", ");
}

/** What an object holds, in the terms of its kind. */
function ObjectBody({ o, s }: { o: ObjectRow; s: SteppingMessages }) {
  const value = o.value ?? 0;
  switch (o.shape) {
    case "queue":
      return (
        <>
          <p className="facts">{s.maxsize({ limit: o.limit })}</p>
          <Chips items={o.items} empty={s.empty} />
        </>
      );
    case "event":
      return <p className="facts">{s.flag(value !== 0)}</p>;
    case "result":
      return (
        <p className="facts">
          {s.flag(value !== 0)}
          {o.items.length > 0 && (
            <>
              {" · "}
              {s.value} <code>{o.items[0]}</code>
            </>
          )}
        </p>
      );
    case "semaphore":
    case "lock":
      return (
        <>
          {o.shape === "semaphore" && (
            <p className="facts">{s.counter({ value, bound: o.limit })}</p>
          )}
          <p className="facts">
            {s.holder}: {o.holders.length === 0 ? s.noHolder : holderText(o.holders)}
          </p>
        </>
      );
    case "group":
      return (
        <>
          <p className="facts">{s.slots({ used: o.items.length, size: o.limit })}</p>
          <Chips items={o.items} empty={s.empty} />
        </>
      );
    case "socket":
      return (
        <>
          <p className="facts">{s.socketState(value)}</p>
          <Chips items={o.items} empty={s.empty} />
        </>
      );
    case "local":
      return (
        <ul className="entries">
          {o.entries.map((e, index) => (
            <li key={index}>
              {e.owner.label}: <code>{e.text}</code>
            </li>
          ))}
        </ul>
      );
    case "other":
      return o.value === null ? null : <p className="facts">{o.value}</p>;
  }
}

/** One object: its name and kind, what it holds, and who waits on it in wake order. */
export function InspectorObject({ o, s }: { o: ObjectRow; s: SteppingMessages }) {
  const selected = useAppState((st) => st.selectedObject === o.ref.id);
  const selectObject = useAppState((st) => st.selectObject);
  const kind = s.objectKind(o.ref.type);
  return (
    <li className={`inspector-object ${o.changed ? "changed" : ""} ${selected ? "selected" : ""}`}>
      <h4>
        <button
          type="button"
          className="pick"
          aria-pressed={selected}
          onClick={() => selectObject(selected ? null : o.ref.id)}
        >
          {o.ref.name ?? `${kind} #${o.ref.id}`}
        </button>{" "}
        <span className="kind">
          {kind} #{o.ref.id}
        </span>
        {o.changed && <ChangedMark s={s} />}
      </h4>
      <ObjectBody o={o} s={s} />
      <div className="waiters">
        <span className="label">{s.waiters}:</span> <WhoList who={o.waiters} empty={s.noWaiters} />
      </div>
    </li>
  );
}
