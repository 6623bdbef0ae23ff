# bytes built from iterables and generators, with comparisons against bytearray.
gen = bytes(x * 2 for x in range(10))
print(gen, list(gen), gen[2:5], bytes(reversed(gen)), bytearray(gen) == gen, gen + bytearray(b'!'))
print(bytes([0]) * 3, b'\x00' * 0, bytes(b'ab') is not None, bytes.fromhex('41 42').lower())
words = b'the quick brown fox jumps over the lazy dog'.split()
print(sorted(words), max(words, key=len), b' '.join(sorted(set(words))), len(words), words.count(b'the'))
counts = {}
for ch in b'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(sorted((chr(k), v) for k, v in counts.items()))
