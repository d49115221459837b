import type { editor as MonacoEditorApi } from "monaco-editor/editor/editor.api";
import { useEffect } from "react";
import type { Theme } from "../store/preferences";

/** The editor's text size in pixels, normal and for a projector. */
export const EDITOR_FONT_SIZE = { normal: 15, presentation: 20 } as const;

/**
 * Monaco's own themes with what falls short of 4.5:1 contrast made readable (comments, line
 * numbers in vs-dark), and the page's background, so the editor sits in the app's theme.
 */
function defineThemes(editor: typeof MonacoEditorApi): void {
  editor.defineTheme("playground-light", {
    base: "vs",
    inherit: true,
    rules: [],
    colors: {
      "editor.background": "#ffffff",
      "editorLineNumber.foreground": "#5c6b75",
      "editorLineNumber.dimmedForeground": "#6e6e6e",
    },
  });
  editor.defineTheme("playground-dark", {
    base: "vs-dark",
    inherit: true,
    rules: [{ token: "comment", foreground: "8ab878" }],
    colors: {
      "editor.background": "#1d1f23",
      "editorLineNumber.foreground": "#9a9a94",
      "editorLineNumber.dimmedForeground": "#8c8c86",
      "editorLineNumber.activeForeground": "#e9e9e4",
    },
  });
}

/**
 * Monaco's theme and text size follow the app's. Monaco has one theme for all its editors, set
 * globally, so this needs no editor at hand; the size goes to every editor, now and later.
 * Loading Monaco here costs nothing extra: the editor loads the same module. It must be the
 * whole setup, never `editor.api` alone: the first call into Monaco fixes its set of services,
 * and contributions registered after that (code lens, action widget, ...) fail to start.
 */
export function useEditorAppearance(theme: Theme, fontSize: number): void {
  useEffect(() => {
    let cancelled = false;
    let listening: { dispose(): void } | undefined;
    void import("./monaco/monaco-setup").then(({ monaco: { editor } }) => {
      if (cancelled) return;
      defineThemes(editor);
      editor.setTheme(theme === "dark" ? "playground-dark" : "playground-light");
      for (const each of editor.getEditors()) each.updateOptions({ fontSize });
      listening = editor.onDidCreateEditor((created) => created.updateOptions({ fontSize }));
    });
    return () => {
      cancelled = true;
      listening?.dispose();
    };
  }, [theme, fontSize]);
}
