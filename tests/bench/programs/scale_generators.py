# scale: 100000
# N generator resumptions through a two-stage generator pipeline.
import sys


def numbers(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def main(n):
    total = 0
    for x in evens(numbers(n)):
        total += x
    print(n, total)


main(int(sys.argv[1]))
