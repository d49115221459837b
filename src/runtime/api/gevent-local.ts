/** The "gevent/local" module of learner programs. — 学习者程序中的 "gevent/local" 模块。 */
export { local } from "../sync/local";
