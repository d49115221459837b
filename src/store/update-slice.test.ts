import { describe, expect, it } from "vitest";
import { InProcessRunner } from "../client/in-process-runner";
import { createAppStore } from "./app-store";

describe("the offer of a new version", () => {
  it("is made once a new version waits, and applying it switches over once", () => {
    const store = createAppStore({ runner: new InProcessRunner() });
    let applied = 0;
    expect(store.getState().pendingUpdate).toBeNull();
    store.getState().offerUpdate(() => applied++);
    expect(store.getState().pendingUpdate).not.toBeNull();
    store.getState().applyUpdate();
    store.getState().applyUpdate();
    expect(applied).toBe(1);
    expect(store.getState().pendingUpdate).toBeNull();
  });

  it("goes away on Later without switching", () => {
    const store = createAppStore({ runner: new InProcessRunner() });
    let applied = 0;
    store.getState().offerUpdate(() => applied++);
    store.getState().dismissUpdate();
    store.getState().applyUpdate();
    expect(applied).toBe(0);
    expect(store.getState().pendingUpdate).toBeNull();
  });
});
