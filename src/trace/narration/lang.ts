/**
 * The languages the narration speaks, and the words for the kinds of objects and greenlets that
 * every sentence uses. Pure.
 */
import { OBJ, type ObjectType } from "../../runtime/tracing/trace-kinds";

export type Lang = "en" | "zh-CN";

export const LANGS: readonly Lang[] = ["en", "zh-CN"];

const OBJECT_KINDS: Record<ObjectType, { en: string; "zh-CN": string }> = {
  [OBJ.TIMER]: { en: "timer", "zh-CN": "定时器" },
  [OBJ.EVENT]: { en: "event", "zh-CN": "事件" },
  [OBJ.ASYNC_RESULT]: { en: "async result", "zh-CN": "异步结果" },
  [OBJ.QUEUE]: { en: "queue", "zh-CN": "队列" },
  [OBJ.SEMAPHORE]: { en: "semaphore", "zh-CN": "信号量" },
  [OBJ.LOCK]: { en: "lock", "zh-CN": "锁" },
  [OBJ.RLOCK]: { en: "re-entrant lock", "zh-CN": "可重入锁" },
  [OBJ.GROUP]: { en: "group", "zh-CN": "组" },
  [OBJ.POOL]: { en: "pool", "zh-CN": "池" },
  [OBJ.LOCAL]: { en: "local", "zh-CN": "local 对象" },
  [OBJ.SOCKET]: { en: "socket", "zh-CN": "套接字" },
  [OBJ.TIMEOUT]: { en: "timeout", "zh-CN": "超时" },
  [OBJ.JOINABLE_QUEUE]: { en: "joinable queue", "zh-CN": "可 join 的队列" },
  [OBJ.LIFO_QUEUE]: { en: "LIFO queue", "zh-CN": "后进先出队列" },
  [OBJ.PRIORITY_QUEUE]: { en: "priority queue", "zh-CN": "优先队列" },
  [OBJ.BOUNDED_SEMAPHORE]: { en: "bounded semaphore", "zh-CN": "有界信号量" },
};

/** The word for an object of `type`: `queue`, `队列`. */
export function objectKind(type: ObjectType, lang: Lang): string {
  return OBJECT_KINDS[type]?.[lang] ?? (lang === "en" ? "object" : "对象");
}
