import { messagesFor, pickLocale, type Locale, type Messages } from "../i18n/messages";

// The language switch (and remembering it) comes with the playground; until then the
// browser's preferred language decides.
const browserLocale = pickLocale(typeof navigator === "undefined" ? [] : navigator.languages);

export function useLocale(): Locale {
  return browserLocale;
}

export function useMessages(): Messages {
  return messagesFor(useLocale());
}
