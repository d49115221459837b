# WHAT: the threading tutorial's examples, as gevent does them: CPU work in greenlets holds the hub (a ticker is starved); Event.wait with a timeout; a Timer is spawn_later; Semaphore(5) over 10 greenlets; producers and consumers on a bounded Queue
# Source: written for this lesson from tutorial 3 (python_day10) "并发多线程": the GIL and the
# CPU-bound vs I/O-bound comparison, Event with a timeout (conn_mysql / check_mysql), Timer,
# Semaphore(5) over 20 threads, and the 300-thread producer/consumer on queue.Queue(50).
# Changes: greenlets instead of threads; sizes reduced (3 CPU tasks of 0.5 s, 10 greenlets on
# Semaphore(5), 12 producers and 3 consumers on Queue(5)); the waits are fixed instead of
# random; times print as int(10*dt + 0.2)/10 from the start of each part (not for the CPU
# tasks, whose real duration depends on the machine's load). Part 6 (a shared counter that
# threads would race on) is this lesson's own, for the scheduler lab's threads mode.
# expected.out: what gevent 22.10.2 / greenlet 2.0.2 printed (Part 6 included); 6.3 s.
import time
import gevent
from gevent.event import Event
from gevent.lock import Semaphore
from gevent.queue import Queue

start = time.time()


def at():
    return '%.1f' % (int((time.time() - start) * 10 + 0.2) / 10)


def busy(seconds):  # CPU work: nothing in here gives the hub a chance
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def compute(n):
    busy(0.5)
    print('task %d computed' % n)


def ticker():
    for i in range(3):
        gevent.sleep(0.1)
        print('tick %d' % (i + 1))


gevent.joinall([gevent.spawn(ticker)] + [gevent.spawn(compute, n) for n in range(3)])

start = time.time()
event = Event()


def conn_mysql(name):
    count = 0
    while not event.is_set():
        print('%s attempt %d at %s' % (name, count, at()))
        count += 1
        event.wait(0.5)
    print('%s ready to connect at %s' % (name, at()))


def check_mysql():
    print('checking mysql...')
    gevent.sleep(1.2)
    event.set()


gevent.joinall([gevent.spawn(conn_mysql, 't1'), gevent.spawn(conn_mysql, 't2'), gevent.spawn(check_mysql)])

start = time.time()


def hello():
    print('hello, world at', at())


gevent.spawn_later(1, hello).join()  # threading.Timer(1, hello).start()

start = time.time()
semaphore = Semaphore(5)


def func(n):
    with semaphore:
        print('%d got the semaphore at %s' % (n, at()))
        gevent.sleep(1)


gevent.joinall([gevent.spawn(func, n) for n in range(10)])

start = time.time()
q = Queue(5)


def producer(n):
    q.put('order %d' % n)


def consumer(n):
    for _ in range(4):
        print('%d handled %s' % (n, q.get()))
        gevent.sleep(0.1)


producers = [gevent.spawn(producer, n) for n in range(12)]
consumers = [gevent.spawn(consumer, n) for n in range(3)]
gevent.joinall(producers + consumers)
print('all orders handled at', at())


# Part 6: a shared counter, and no switch point in the loop
counter = 0


def count_up():
    global counter
    for _ in range(100):
        counter += 1  # nothing in here lets the hub in


gevent.joinall([gevent.spawn(count_up) for _ in range(3)])
print('counted', counter)
