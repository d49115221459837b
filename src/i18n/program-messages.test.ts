import { describe, expect, it } from "vitest";
import { programEn, programZhCN } from "./program-messages";

describe("the program's strings", () => {
  it("name the controls exactly as screen readers and outside tests expect in English", () => {
    expect([programEn.share, programEn.reset, programEn.download, programEn.upload]).toEqual([
      "Share",
      "Reset",
      "Download",
      "Upload",
    ]);
  });

  it("exist in Chinese for every string and every case", () => {
    for (const key of Object.keys(programEn) as Array<keyof typeof programEn>) {
      const [en, zh] = [programEn[key], programZhCN[key]];
      if (typeof en === "string") expect(zh, key).not.toBe(en);
    }
    const reasons = ["reset", "upload", "shared-link", "other-tab"] as const;
    for (const by of reasons) expect(programZhCN.replaced(by)).toMatch(/[\u4e00-\u9fff]/);
    for (const reason of ["damaged", "newer-version"] as const) {
      expect(programZhCN.brokenLink(reason)).not.toBe(programEn.brokenLink(reason));
    }
  });
});
