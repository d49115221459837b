import { useMemo } from "react";
import { playgroundUrl } from "../store/embed-fragment";
import type { EmbedPane } from "../store/fragment-options";
import { DocumentSignals, EditorPane } from "./App";
import { OutputPanel } from "./OutputPanel";
import { RunControls } from "./RunControls";
import { ShortcutsDialog } from "./ShortcutsDialog";
import { useAppState } from "./store-context";
import { TimelineRegion } from "./TimelineRegion";
import { UpdateNotice } from "./UpdateNotice";
import { useMessages } from "./use-messages";
import { useShortcuts } from "./use-shortcuts";
import "./embed.css";

interface EmbedAppProps {
  /** The panes to show, in order (the address's `panes`). */
  panes: readonly EmbedPane[];
  readOnly: boolean;
  /** Why the address's program could not be opened, or null. */
  problem: string | null;
}

/** The full playground on this program at this step, in a new tab. */
function OpenInPlayground() {
  const t = useMessages().classroom;
  const code = useAppState((s) => s.code);
  const lessonId = useAppState((s) => s.lessonId);
  const step = useAppState((s) => s.step);
  const href = useMemo(
    () => playgroundUrl(window.location.href, { lessonId, code }, step >= 0 ? step : null),
    [code, lessonId, step],
  );
  return (
    <a
      className="open-in-playground"
      href={href}
      target="_blank"
      rel="noopener"
      title={t.openInPlaygroundTitle}
    >
      {t.openInPlayground} <span aria-hidden="true">↗</span>
    </a>
  );
}

/**
 * The embed (embed.html): the editor, Run, the step bar and the timeline of the app, the rest
 * of its chrome gone, and a way to the full playground. The host page drives it through the
 * postMessage API (embed-bridge.ts).
 */
export function EmbedApp({ panes, readOnly, problem }: EmbedAppProps) {
  const t = useMessages();
  useShortcuts();
  const shows = (pane: EmbedPane) => panes.includes(pane);
  return (
    <div className={`embed ${panes.map((pane) => `with-${pane}`).join(" ")}`}>
      <header className="embed-bar" aria-label={t.classroom.embedControls}>
        <RunControls />
        <OpenInPlayground />
      </header>
      {problem ? (
        <p className="embed-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <main className="embed-panes">
        {shows("editor") ? <EditorPane readOnly={readOnly} /> : null}
        {shows("output") ? <OutputPanel /> : null}
        {/* The timeline with the step bar under it, as in the app. */}
        {shows("timeline") ? <TimelineRegion /> : null}
      </main>
      <ShortcutsDialog />
      <UpdateNotice />
      <DocumentSignals />
    </div>
  );
}
