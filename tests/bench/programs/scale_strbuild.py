# scale: 10000
# Building an N-character string piece by piece with += on a local (CPython appends in place).
import sys


def main(n):
    s = ''
    for i in range(n):
        s += 'abcdefghij'[i % 10]
    print(n, len(s), s[-5:], s.count('j'))


main(int(sys.argv[1]))
