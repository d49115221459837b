/**
 * The strings of the classroom features (offline updates, embedding, presentation mode,
 * teacher notes, printing), in English and Simplified Chinese: `messages.ts` holds them as
 * `classroom`.
 */
export interface ClassroomMessages {
  updateReady: string;
  reloadToUpdate: string;
  later: string;
}

export const classroomEn: ClassroomMessages = {
  updateReady: "A new version of the playground is ready.",
  reloadToUpdate: "Reload to update",
  later: "Later",
};

export const classroomZhCN: ClassroomMessages = {
  updateReady: "练习场有新版本可用。",
  reloadToUpdate: "重新加载以更新",
  later: "稍后",
};
