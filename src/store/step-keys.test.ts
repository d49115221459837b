import { describe, expect, it } from "vitest";
import { stepCommand, type KeyPress } from "./step-keys";

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe("the stepping keys", () => {
  it("move by a step, a switch, to the ends and through the selected greenlet", () => {
    expect(stepCommand(press("ArrowRight"), false)).toEqual({ move: "next" });
    expect(stepCommand(press("ArrowLeft", { shiftKey: true }), false)).toEqual({
      move: "previous-switch",
    });
    expect(stepCommand(press("Home"), false)).toEqual({ move: "first" });
    expect(stepCommand(press("End"), false)).toEqual({ move: "last" });
    expect(stepCommand(press("PageDown"), false)).toEqual({ move: "next-switch" });
    expect(stepCommand(press("]"), false)).toEqual({ move: "next-of-greenlet" });
    expect(stepCommand(press(" "), false)).toEqual({ play: "toggle" });
  });

  it("leave typing alone, apart from F9 and F10", () => {
    for (const key of ["ArrowRight", "ArrowLeft", "Home", "End", " ", "[", "PageUp"]) {
      expect(stepCommand(press(key), true)).toBeNull();
    }
    expect(stepCommand(press("F10"), true)).toEqual({ move: "next" });
    expect(stepCommand(press("F9"), true)).toEqual({ move: "previous" });
  });

  it("leave combinations with Ctrl, Cmd or Alt to the browser and the editor", () => {
    expect(stepCommand(press("ArrowRight", { ctrlKey: true }), false)).toBeNull();
    expect(stepCommand(press("ArrowLeft", { altKey: true }), false)).toBeNull();
    expect(stepCommand(press("F10", { metaKey: true }), true)).toBeNull();
  });
});
