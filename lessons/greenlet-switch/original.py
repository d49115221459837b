# WHAT: raw greenlets switched by hand: test1/test2 hand control back and forth; then f1/f2 switch on every loop iteration, and only the counts are printed
# Source: written for this lesson from tutorial 3 (python_day10) "协程模块之Greenlet": the test1/test2
# program and the f1/f2 timing program (sequential vs. switched), as the conformance ports of
# both do. Changes: a final print of which greenlets are dead after each part; 10000000
# iterations reduced to N=1000 and the run-time prints replaced by the sums and the number of
# switches (timings are not deterministic). expected.out: what greenlet 2.0.2 (with gevent
# 22.10.2) printed; no time passes.
from greenlet import greenlet


def test1():
    print('test1,first')
    gr2.switch()
    print('test1,sencod')
    gr2.switch()


def test2():
    print('test2,first')
    gr1.switch()
    print('test2,sencod')


gr1 = greenlet(test1)
gr2 = greenlet(test2)
gr1.switch()
print('back in main; gr1.dead=%s gr2.dead=%s' % (gr1.dead, gr2.dead))

N = 1000  # original: 10000000
switches = 0


def f1():
    global switches
    res = 0
    for i in range(N):
        res += i
        switches += 1
        g2.switch()
    print('f1 finished res=%d' % res)


def f2():
    global switches
    res = 0
    for i in range(N):
        res *= i
        switches += 1
        g1.switch()
    print('f2 finished res=%d' % res)  # never reached: f1 ends first


g1 = greenlet(f1)
g2 = greenlet(f2)
g1.switch()
print('switches=%d g1.dead=%s g2.dead=%s' % (switches, g1.dead, g2.dead))
