import { describe, expect, it } from "vitest";
import { classroomEn, classroomZhCN } from "./classroom-messages";

describe("the classroom features' strings", () => {
  it("exist in Chinese for every string", () => {
    for (const key of Object.keys(classroomEn) as Array<keyof typeof classroomEn>) {
      const [en, zh] = [classroomEn[key], classroomZhCN[key]];
      if (typeof en === "string") expect(zh, key).not.toBe(en);
      if (typeof zh === "string") expect(zh, key).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
