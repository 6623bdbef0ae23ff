# scale: 300
# factorial(N) by repeated big-int multiplication, then a few big-int operations on it.
import sys


def main(n):
    p = 1
    for i in range(2, n + 1):
        p *= i
    q = p // (p >> (p.bit_length() // 2) or 1)
    print(n, p.bit_length(), p % 1000000007, q.bit_length(), (p * p).bit_length())


main(int(sys.argv[1]))
