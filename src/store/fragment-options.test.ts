import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMBED_PANES, joinFragment, NO_OPTIONS, splitFragment } from "./fragment-options";

describe("options after a fragment's route", () => {
  it("leave a fragment without options as it is", () => {
    expect(splitFragment("#lesson/event")).toEqual({ route: "#lesson/event", options: NO_OPTIONS });
    expect(splitFragment("")).toEqual({ route: "", options: NO_OPTIONS });
  });

  it("read the step, language, theme, panes, read-only and autoplay", () => {
    const { route, options } = splitFragment(
      "#v1/event/ABC$+-?step=12&lang=zh-CN&theme=dark&panes=timeline,editor&readonly=1&autoplay=true",
    );
    expect(route).toBe("#v1/event/ABC$+-");
    expect(options).toEqual({
      step: 12,
      locale: "zh-CN",
      theme: "dark",
      panes: ["editor", "timeline"],
      readOnly: true,
      autoplay: true,
    });
  });

  it("ignore what is malformed or unknown", () => {
    const { options } = splitFragment(
      "#lesson/event?step=-3&lang=fr&theme=pink&panes=inspector&readonly=0&autoplay=no&x=1",
    );
    expect(options).toEqual(NO_OPTIONS);
    expect(splitFragment("#lesson/event?step=1e3").options.step).toBeNull();
    expect(splitFragment("#lesson/event?step=99999999999").options.step).toBeNull();
  });

  it("write only the options that are set", () => {
    expect(joinFragment("#lesson/event", {})).toBe("#lesson/event");
    expect(joinFragment("#lesson/event", { step: null, readOnly: false })).toBe("#lesson/event");
    expect(joinFragment("#lesson/event", { step: 0, autoplay: true })).toBe(
      "#lesson/event?step=0&autoplay=1",
    );
  });

  it("read back what they write", () => {
    fc.assert(
      fc.property(
        fc.record({
          step: fc.option(fc.nat({ max: 999_999_999 })),
          locale: fc.option(fc.constantFrom("en" as const, "zh-CN" as const)),
          theme: fc.option(fc.constantFrom("light" as const, "dark" as const)),
          panes: fc.option(fc.subarray([...EMBED_PANES], { minLength: 1 })),
          readOnly: fc.boolean(),
          autoplay: fc.boolean(),
        }),
        (options) => {
          const hash = joinFragment("#lesson/queue", options);
          expect(splitFragment(hash)).toEqual({ route: "#lesson/queue", options });
        },
      ),
    );
  });
});
