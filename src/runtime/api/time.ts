/** The "time" module of learner programs (simulated, virtual clock). — 学习者程序中的 "time" 模块（模拟，虚拟时钟）。 */
export { sleep, busy, time, perfCounter, monotonic } from "../io/time-module";
