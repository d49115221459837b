# WHAT: Group: add() already-spawned greenlets and join() them (which lets every ready greenlet run); map() returns results in input order; imap() yields them in input order; imap(maxsize=3) keeps four tasks running, not three
# Source: written for this lesson from tutorial 2 "组和池" (group1/group2 with add and join,
# hello_from with map, imap with maxsize=3, and imap with sleep(3-n)), as their conformance
# ports do. Changes: the parts run one after another, each announced; id() of the current
# greenlet is replaced by a small number; imap(maxsize=3) runs over range(8) with sleep(1)
# instead of range(20) with sleep(2). expected.out: what gevent 22.10.2 / greenlet 2.0.2
# printed; 5.0 s.
import gevent
from gevent.pool import Group

print('part 1')


def talk(msg):
    for i in range(3):
        print(msg)


g1 = gevent.spawn(talk, 'bar')
g2 = gevent.spawn(talk, 'foo')
g3 = gevent.spawn(talk, 'hello')

group1 = Group()
group1.add(g1)
group1.add(g2)
group1.join()

group2 = Group()
group2.add(g3)
group2.join()

print('part 2')
_seen = []


def gid(g):  # a small number per greenlet, instead of id()
    for i, s in enumerate(_seen):
        if s is g:
            return i + 1
    _seen.append(g)
    return len(_seen)


group = Group()


def hello_from(n):
    print('Size of group %s' % len(group))
    print('Hello from Greenlet %s' % gid(gevent.getcurrent()))
    return n + 10


x = group.map(hello_from, range(3))
print(x)

print('part 3')


def task(n):
    gevent.sleep(3 - n)
    return 'task', n


for j in group.imap(task, range(3)):
    print(j)

print('part 4')


def slow_hello(n):
    gevent.sleep(1)
    print('Size of group %s' % len(group))
    return n + 10


for j in group.imap(slow_hello, range(8), maxsize=3):
    print(j)
