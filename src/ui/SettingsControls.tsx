import type { Locale } from "../i18n/messages";
import { useAppState } from "./store-context";
import { useMessages } from "./use-messages";

/** Each language by its own name, so a learner finds theirs whatever is shown now. */
const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", "zh-CN": "简体中文" };

/** Language, theme, presentation size, and the keyboard help. */
export function SettingsControls() {
  const t = useMessages();
  const locale = useAppState((s) => s.locale);
  const setLocale = useAppState((s) => s.setLocale);
  const theme = useAppState((s) => s.theme);
  const setTheme = useAppState((s) => s.setTheme);
  const presentation = useAppState((s) => s.presentation);
  const setPresentation = useAppState((s) => s.setPresentation);
  const setHelpOpen = useAppState((s) => s.setHelpOpen);
  const setLessonListOpen = useAppState((s) => s.setLessonListOpen);
  const otherTheme = theme === "dark" ? "light" : "dark";
  return (
    <div className="settings">
      <select
        aria-label={t.language}
        value={locale}
        onChange={(event) => setLocale(event.target.value as Locale)}
      >
        {(Object.keys(LANGUAGE_NAMES) as Locale[]).map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="theme-toggle"
        aria-label={t.theme}
        title={t.switchTheme(otherTheme)}
        onClick={() => setTheme(otherTheme)}
      >
        <span aria-hidden="true" className="icon">
          {theme === "dark" ? "☾" : "☀"}
        </span>
      </button>
      <button
        type="button"
        aria-pressed={presentation}
        title={t.presentation}
        onClick={() => {
          // A projector needs the room for the program and its output more than the list.
          if (!presentation) setLessonListOpen(false);
          setPresentation(!presentation);
        }}
      >
        {t.presentationShort}
      </button>
      <button
        type="button"
        aria-label={t.keyboardShortcuts}
        title={t.keyboardShortcuts}
        onClick={() => setHelpOpen(true)}
      >
        ?
      </button>
    </div>
  );
}
