import { selectComparison } from "../../store/lab-selectors";
import { useAppState } from "../store-context";
import { useLabMessages } from "./use-lab-messages";

/** Pin a run, make another, and see what differs between them. */
export function CompareBox() {
  const t = useLabMessages();
  const pinned = useAppState((s) => s.pinned);
  const pin = useAppState((s) => s.pin);
  const unpin = useAppState((s) => s.unpin);
  const hasRun = useAppState((s) => s.model !== null && s.status !== "running");
  const label = useAppState((s) => s.runLabel);
  const c = useAppState(selectComparison);
  const rows: Array<[string, string, string]> =
    c === null
      ? []
      : [
          [t.elapsed, t.seconds(c.a.elapsed), t.seconds(c.b.elapsed)],
          [t.switches, String(c.a.switches), String(c.b.switches)],
          [t.inFlight, String(c.a.mostInFlight), String(c.b.mostInFlight)],
          [t.waiting, String(c.a.mostWaiting), String(c.b.mostWaiting)],
          [t.preemptions, String(c.a.preemptions), String(c.b.preemptions)],
        ];
  return (
    <div className="lab-compare" data-pinned={pinned === null ? "" : pinned.label}>
      <div className="lab-controls">
        <button type="button" disabled={!hasRun} onClick={pin}>
          {t.pin}
        </button>
        {pinned !== null && (
          <button type="button" onClick={unpin}>
            {t.unpin}
          </button>
        )}
      </div>
      {c !== null && pinned !== null && (
        <>
          <table className="lab-compare-table">
            <caption>{t.pinnedAgainst({ a: pinned.label, b: label })}</caption>
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">{t.pinned}</th>
                <th scope="col">{t.thisRun}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([name, a, b]) => (
                <tr key={name} className={a === b ? "" : "differs"}>
                  <th scope="row">{name}</th>
                  <td>{a}</td>
                  <td>{b}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t.firstDifference}</th>
                <td colSpan={2} data-first-difference={c.firstDifference ?? ""}>
                  {c.firstDifference === null ? t.sameSteps : String(c.firstDifference + 1)}
                </td>
              </tr>
            </tbody>
          </table>
          <div className="lab-output-diff" data-output-differences={c.outputDifferences.length}>
            <span>{t.outputDifferences}:</span>{" "}
            {c.outputDifferences.length === 0 ? (
              t.noOutputDifference
            ) : (
              <ul>
                {c.outputDifferences.slice(0, 20).map((d) => (
                  <li key={d.index}>
                    {t.outputLine({ n: d.index + 1 })}: <code>{d.a ?? t.noLine}</code> →{" "}
                    <code>{d.b ?? t.noLine}</code>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </div>
  );
}
