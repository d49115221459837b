import { messagesFor, type Locale, type Messages } from "../i18n/messages";
import { useAppState } from "./store-context";

/** The learner's language, as chosen (remembered) or taken from the browser. */
export function useLocale(): Locale {
  return useAppState((state) => state.locale);
}

export function useMessages(): Messages {
  return messagesFor(useLocale());
}
