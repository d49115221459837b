import { describe, expect, it } from "vitest";
import { formatNumber, formatSeconds, formatStamp } from "./numbers";

describe("numbers in sentences", () => {
  it("groups thousands with commas and trims fractions to three decimals", () => {
    expect(formatNumber(1901)).toBe("1,901");
    expect(formatNumber(1_000_000)).toBe("1,000,000");
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(2.25)).toBe("2.25");
    expect(formatNumber(-1234.5)).toBe("-1,234.5");
    expect(formatNumber(Number.NaN)).toBe("0");
  });

  it("writes seconds the same way in both languages, with each one's unit", () => {
    expect(formatSeconds(1, "en")).toBe("1 s");
    expect(formatSeconds(1901.5, "en")).toBe("1,901.5 s");
    expect(formatSeconds(0.5, "zh-CN")).toBe("0.5 秒");
  });

  it("stamps a step's time to the millisecond, as the console does", () => {
    expect(formatStamp(0)).toBe("0.000s");
    expect(formatStamp(2)).toBe("2.000s");
    expect(formatStamp(1901.25)).toBe("1,901.250s");
  });
});
