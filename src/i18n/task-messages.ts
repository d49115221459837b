/**
 * The strings of a lesson's tasks (predict and change tasks, stepped hints, the solution), in
 * English and Simplified Chinese: `messages.ts` holds them as `tasks`.
 */
export interface TaskMessages {
  predict: (p: { n: number }) => string;
  change: (p: { n: number }) => string;
  /** The button that shows the next hint. */
  nextHint: (p: { shown: number; total: number }) => string;
  hint: (p: { n: number }) => string;
  yourAnswer: string;
  checkAnswer: string;
  moveUp: (p: { line: string }) => string;
  moveDown: (p: { line: string }) => string;
  answerRight: string;
  answerWrong: string;
  /** Shown until a run exists that can answer the prediction. */
  runToCheckAnswer: string;
  /** The run's answer, when the learner's prediction was wrong or not given. */
  runAnswer: (p: { answer: string }) => string;
  runCannotAnswer: string;
  showSolution: string;
  solutionAfterTry: string;
  solutionTitle: string;
  loadSolution: string;
  taskDone: string;
  lessonDone: string;
  seconds: (p: { s: number }) => string;
}

export const tasksEn: TaskMessages = {
  predict: ({ n }) => `Task ${n}: predict`,
  change: ({ n }) => `Task ${n}: change the program`,
  nextHint: ({ shown, total }) =>
    shown === 0 ? "Show a hint" : `Next hint (${shown} of ${total} shown)`,
  hint: ({ n }) => `Hint ${n}`,
  yourAnswer: "Your prediction",
  checkAnswer: "Check against the run",
  moveUp: ({ line }) => `Move “${line}” up`,
  moveDown: ({ line }) => `Move “${line}” down`,
  answerRight: "Right: the run agrees.",
  answerWrong: "Not quite: the run did otherwise.",
  runToCheckAnswer: "Run the program, then check your prediction against the run.",
  runAnswer: ({ answer }) => `The run says: ${answer}`,
  runCannotAnswer: "This run cannot answer the question (was the program changed?).",
  showSolution: "Show a solution",
  solutionAfterTry: "A solution can be shown after you have run a try of your own.",
  solutionTitle: "A solution",
  loadSolution: "Put it in the editor",
  taskDone: "Done",
  lessonDone: "Lesson done",
  seconds: ({ s }) => `${s} s`,
};

export const tasksZhCN: TaskMessages = {
  predict: ({ n }) => `任务 ${n}：预测`,
  change: ({ n }) => `任务 ${n}：修改程序`,
  nextHint: ({ shown, total }) =>
    shown === 0 ? "显示提示" : `下一条提示（已显示 ${shown}/${total}）`,
  hint: ({ n }) => `提示 ${n}`,
  yourAnswer: "你的预测",
  checkAnswer: "用运行结果检查",
  moveUp: ({ line }) => `把“${line}”上移`,
  moveDown: ({ line }) => `把“${line}”下移`,
  answerRight: "对了：运行结果与你的预测一致。",
  answerWrong: "不太对：运行的结果不一样。",
  runToCheckAnswer: "先运行程序，再用运行结果检查你的预测。",
  runAnswer: ({ answer }) => `运行的结果是：${answer}`,
  runCannotAnswer: "这次运行回答不了这个问题（程序改过了吗？）。",
  showSolution: "显示参考答案",
  solutionAfterTry: "先自己尝试运行一次，之后才能查看参考答案。",
  solutionTitle: "参考答案",
  loadSolution: "放进编辑器",
  taskDone: "已完成",
  lessonDone: "本课已完成",
  seconds: ({ s }) => `${s} 秒`,
};
