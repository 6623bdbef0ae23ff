name = "World"
n = 42
print(f"Hello, {name}! {n:5d}|{n:<5}|{n:x}|{3.14159:.2f}|{name!r}|{name:>8}")
print(f"{'nested ' + name}", f"{n * 2}", f"{{literal}}")
print("%s %d %05.1f %x %r" % ("a", 7, 3.14159, 255, "q"))
print("{} {:>4} {name}".format(1, 2, name="kw"))
s = "The quick brown fox"
print(s.upper(), s.lower(), s.split(), s.replace("quick", "slow"))
print(s[4:9], s[::-1], s[-3:], len(s), s.find("brown"), "fox" in s)
print(",".join(["a", "b", "c"]), "  pad  ".strip(), "x".center(5, "*"))
print(repr("it's"), repr('say "hi"'), str(1.5), str(None))
print(ascii("héllo"), f"{'é'!a}")
words = "a b a c b a".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
