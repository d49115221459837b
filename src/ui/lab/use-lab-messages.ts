import { labMessagesFor, type LabMessages } from "../../i18n/lab-messages";
import { useLocale } from "../use-messages";

export function useLabMessages(): LabMessages {
  return labMessagesFor(useLocale());
}
