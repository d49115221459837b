import { useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { snapshotCanvases } from "./print-snapshot";
import { useAppState } from "./store-context";
import { useMessages } from "./use-messages";
import "./print.css";

/**
 * What only a printed page shows (print.css): the whole program, which the editor cannot print
 * (it draws only the lines in view), and a picture of the timeline taken as printing starts.
 * Together with the lesson text they make the lesson a handout.
 */
export function PrintHandout() {
  const t = useMessages().classroom;
  const code = useAppState((s) => s.code);
  const [timeline, setTimeline] = useState<string | null>(null);
  useEffect(() => {
    // In the DOM before the browser lays out the page for printing.
    const before = () =>
      flushSync(() => setTimeline(snapshotCanvases(document.querySelector(".timeline-region"))));
    const after = () => setTimeline(null);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return (
    <div className="print-handout" aria-hidden="true">
      <h2>{t.printProgram}</h2>
      <pre className="print-program">
        <code>{code}</code>
      </pre>
      {timeline ? (
        <figure className="print-timeline">
          <img src={timeline} alt="" />
          <figcaption>{t.printTimeline}</figcaption>
        </figure>
      ) : null}
    </div>
  );
}
