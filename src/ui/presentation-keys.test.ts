import { describe, expect, it } from "vitest";
import { presentationKeyAction, type KeyPress } from "./presentation-keys";

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...extra,
});

describe("the keys of presentation mode", () => {
  it("P enters and leaves it, unless the focus is in text or a dialog is open", () => {
    expect(presentationKeyAction(press("p"), false, false, false)).toEqual({ kind: "toggle" });
    expect(presentationKeyAction(press("P"), true, false, false)).toEqual({ kind: "toggle" });
    expect(presentationKeyAction(press("p"), false, true, false)).toBeNull();
    expect(presentationKeyAction(press("p"), false, false, true)).toBeNull();
    expect(presentationKeyAction(press("p", { ctrlKey: true }), false, false, false)).toBeNull();
  });

  it("while presenting, arrows, Home, End and the remote's page keys step", () => {
    const moves = [
      "ArrowRight",
      "ArrowDown",
      "PageDown",
      "ArrowLeft",
      "ArrowUp",
      "PageUp",
      "Home",
      "End",
    ];
    expect(moves.map((key) => presentationKeyAction(press(key), true, false, false))).toEqual(
      ["next", "next", "next", "previous", "previous", "previous", "first", "last"].map((move) => ({
        kind: "move",
        move,
      })),
    );
  });

  it("does not step when not presenting", () => {
    for (const key of ["ArrowRight", "PageDown", "Home"]) {
      expect(presentationKeyAction(press(key), false, false, false)).toBeNull();
    }
  });

  it("leaves the arrows to the editor, but not the remote's page keys", () => {
    expect(presentationKeyAction(press("ArrowRight"), true, true, false)).toBeNull();
    expect(presentationKeyAction(press("End"), true, true, false)).toBeNull();
    expect(presentationKeyAction(press("PageDown"), true, true, false)).toEqual({
      kind: "move",
      move: "next",
    });
  });

  it("leaves keys with modifiers, and a dialog's keys, alone", () => {
    expect(
      presentationKeyAction(press("ArrowRight", { shiftKey: true }), true, false, false),
    ).toBeNull();
    expect(
      presentationKeyAction(press("ArrowLeft", { altKey: true }), true, false, false),
    ).toBeNull();
    expect(presentationKeyAction(press("PageDown"), true, false, true)).toBeNull();
  });
});
