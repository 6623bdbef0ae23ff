import random
# str, bytes and bytearray seeds hash with sha512 (version 2); version 1 uses the old string hash
for s in ["", "a", "hello", "héllo wörld", "\U0001F600 emoji", "x" * 1000]:
    random.seed(s)
    print(repr(s[:10]), random.random(), random.randint(0, 10**6))
for b in [b"", b"abc", bytearray(b"abc"), bytes(range(256))]:
    random.seed(b)
    print(type(b).__name__, len(b), random.random())
for s in ["", "abc", "hello world"]:
    random.seed(s, version=1)
    print("v1", repr(s), random.random())
random.seed(b"abc", version=1)
print("v1 bytes", random.random())
