import type { Locale } from "../i18n/messages";
import { useAppState, useAppStore } from "./store-context";
import { togglePresentation } from "./use-presentation-keys";
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
  const setHelpOpen = useAppState((s) => s.setHelpOpen);
  const store = useAppStore();
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
        title={`${t.presentation} (P)`}
        onClick={() => togglePresentation(store.getState())}
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
