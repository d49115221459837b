import type { SteppingMessages } from "../i18n/stepping-messages";
import { useAppState } from "./store-context";

interface Who {
  gid: number;
  label: string;
}

const colour = (gid: number) => (gid === 1 ? "g-main" : `g-${gid % 8}`);

/** A greenlet's name in its colour, selecting it when clicked. */
export function WhoChip({ who }: { who: Who }) {
  const selected = useAppState((s) => s.selectedGreenlet === who.gid);
  const selectGreenlet = useAppState((s) => s.selectGreenlet);
  return (
    <button
      type="button"
      className={`who-chip ${colour(who.gid)}`}
      aria-pressed={selected}
      onClick={() => selectGreenlet(selected ? null : who.gid)}
    >
      {who.label}
    </button>
  );
}

/** Greenlets in order (a wake order, a ready queue), or a word when there are none. */
export function WhoList({ who, empty }: { who: readonly Who[]; empty: string }) {
  if (who.length === 0) return <span className="hint">{empty}</span>;
  return (
    <ol className="who-list">
      {who.map((w) => (
        <li key={w.gid}>
          <WhoChip who={w} />
        </li>
      ))}
    </ol>
  );
}

/** The mark on what the step changed: seen as a highlight, heard as words. */
export function ChangedMark({ s }: { s: SteppingMessages }) {
  return (
    <span className="changed-mark">
      <span aria-hidden="true">●</span>
      <span className="sr-only">{s.changed}</span>
    </span>
  );
}

export { colour as greenletColour };
