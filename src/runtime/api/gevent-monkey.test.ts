import { describe, expect, it } from "vitest";
import { isPatched, patchAll, patchSocket, patchTime } from "./gevent-monkey";
import { lines, runTest } from "../testing";

describe("gevent/monkey", () => {
  it("patches what it is asked to, for the rest of the run only", () => {
    const r = runTest(function* (print) {
      print(isPatched("time"), isPatched("socket"));
      patchTime();
      print(isPatched("time"), isPatched("socket"));
      patchSocket();
      print(isPatched("time"), isPatched("socket"), isPatched("os"));
    });
    expect(lines(r)).toEqual(["false false", "true false", "true true false"]);
    const next = runTest(function* (print) {
      print(isPatched("time"), isPatched("socket"));
    });
    expect(lines(next)).toEqual(["false false"]);
  });

  it("patchAll patches everything unless told to leave a module alone", () => {
    const r = runTest(function* (print) {
      patchAll({ socket: false });
      print(isPatched("time"), isPatched("socket"));
      patchAll();
      print(isPatched("time"), isPatched("socket"));
    });
    expect(lines(r)).toEqual(["true false", "true true"]);
  });
});
