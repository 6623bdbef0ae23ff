# Short lists of ints and of strs, sorted in place and by sorted(), forwards and reversed,
# at every length around the size below which pyvm sorts by insertion.
seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


words = ["pear", "apple", "Zebra", "éclair", "apple", "", "a", "ß", "€uro", "fig", "Apple", "peach"]
for n in range(0, 21):
    ints = [rand(7) - 3 for _ in range(n)]
    big = [rand(5) * 10 ** 20 - 10 ** 20 for _ in range(n)]
    strs = [words[rand(len(words))] for _ in range(n)]
    a = ints[:]
    a.sort()
    b = strs[:]
    b.sort(reverse=True)
    print(n, a, sorted(ints, reverse=True), sorted(big) == sorted(big, key=lambda v: v), b, sorted(strs))
    flags = [(rand(3), i) for i in range(n)]
    print(n, sorted(flags, key=lambda p: p[0]), sorted(range(n), key=lambda i: -ints[i] if ints else 0))
print(sorted([True, False, 1, 0, -1]), sorted(["b", "a"] * 9))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
