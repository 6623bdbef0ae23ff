# scale: 10000
# A dict of N int keys: insert, look up, update, delete half.
import sys


def main(n):
    d = {}
    for i in range(n):
        d[i * 7] = i
    hits = 0
    for i in range(0, 7 * n, 3):
        if i in d:
            hits += d[i]
    for i in range(0, n, 2):
        del d[i * 7]
    print(n, hits, len(d))


main(int(sys.argv[1]))
