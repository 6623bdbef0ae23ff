# scale: 10000
# Sorting N pseudo-random ints (list.sort on 10^4..10^6 items).
import sys


def main(n):
    seed = 7
    data = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        data.append(seed)
    data.sort()
    print(n, data[0], data[n // 2], data[-1])


main(int(sys.argv[1]))
