# WHAT: a race on shared state across a switch point (10 greenlets decrement num, Result: 9); two locks taken in opposite orders deadlock (seen through acquire timeouts); an RLock can be taken again by its owner
# Source: written for this lesson from tutorial 3 (python_day10) "同步锁" (addNum: temp=num;
# time.sleep(0.1); num=temp-1 over 100 threads), "死锁与递归锁" (MyThread taking mutexA and mutexB
# in opposite orders; RLock as the fix) and tutorial 4's remark that locks are of little use
# with gevent. Changes: greenlets instead of threads, gevent.sleep instead of time.sleep, 10
# instead of 100; the deadlock is bounded by acquire(timeout=1) so the program ends (without
# it gevent raises LoopExit: every greenlet waits); gevent.lock has no Lock class, so the locks
# are BoundedSemaphore(1), which the playground calls Lock. expected.out: what gevent 22.10.2 /
# greenlet 2.0.2 printed; 1.2 s.
import gevent
from gevent.lock import BoundedSemaphore, RLock

num = 10


def add_num():
    global num
    temp = num
    gevent.sleep(0.1)  # a switch point between the read and the write
    num = temp - 1


gevent.joinall([gevent.spawn(add_num) for _ in range(10)])
print('Result:', num)

mutex_a = BoundedSemaphore(1)  # gevent.lock has no Lock class: this is one
mutex_b = BoundedSemaphore(1)


def t1():
    with mutex_a:
        print('t1 has A')
        gevent.sleep(0.1)
        if mutex_b.acquire(timeout=1):
            print('t1 has B')
            mutex_b.release()
        else:
            print('t1 gave up waiting for B')


def t2():
    with mutex_b:
        print('t2 has B')
        gevent.sleep(0.1)
        if mutex_a.acquire(timeout=1):
            print('t2 has A')
            mutex_a.release()
        else:
            print('t2 gave up waiting for A')


gevent.joinall([gevent.spawn(t1), gevent.spawn(t2)])

r = RLock()


def inner():
    with r:  # the owner takes it again: no deadlock with itself
        print('inner has the lock')


def outer():
    with r:
        print('outer has the lock')
        inner()


gevent.spawn(outer).join()
print('done')
