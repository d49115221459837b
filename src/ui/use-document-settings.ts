import { useEffect } from "react";
import { selectLesson } from "../store/selectors";
import { useAppState } from "./store-context";
import { useLocale, useMessages } from "./use-messages";

/**
 * Carries the settings to the document: its language (screen readers, fonts), theme and text
 * size on <html>, and a title naming the open lesson.
 */
export function useDocumentSettings(): void {
  const t = useMessages();
  const locale = useLocale();
  const theme = useAppState((s) => s.theme);
  const presentation = useAppState((s) => s.presentation);
  const lesson = useAppState(selectLesson);
  useEffect(() => {
    const root = document.documentElement;
    root.lang = locale;
    root.dataset.theme = theme;
    root.classList.toggle("presentation", presentation);
  }, [locale, theme, presentation]);
  useEffect(() => {
    document.title = lesson ? `${lesson.title[locale]} — ${t.appTitle}` : t.appTitle;
  }, [lesson, locale, t]);
}
