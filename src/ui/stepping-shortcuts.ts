import type { SteppingMessages } from "../i18n/stepping-messages";

/** The stepping keys (src/store/step-keys.ts) as the `?` dialog lists them. */
export function steppingShortcuts(s: SteppingMessages): Array<[keys: string[], what: string]> {
  return [
    [["← / →"], s.shortcutStep],
    [["Shift", "← / →"], s.shortcutSwitch],
    [["PageUp / PageDown"], s.shortcutPage],
    [["Home / End"], s.shortcutEnds],
    [["Space"], s.shortcutPlay],
    [["[ / ]"], s.shortcutGreenletSteps],
    [["F9 / F10"], s.shortcutInEditor],
  ];
}
