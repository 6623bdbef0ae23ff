# Algorithms on strings with slicing: longest palindrome, rotations, common prefix, edit distance.
def longest_pal(s):
    best = ''
    for i in range(len(s)):
        for j in (i, i + 1):
            a, b = i, j
            while a >= 0 and b < len(s) and s[a] == s[b]:
                a -= 1
                b += 1
            if b - a - 1 > len(best):
                best = s[a + 1:b]
    return best
print(longest_pal('babad'), longest_pal('forgeeksskeegfor'), longest_pal(''), longest_pal('abacdfgdcaba'))
s = 'rotation'
print([s[i:] + s[:i] for i in range(len(s))][:4], 'ationrot' in s + s, min(s[i:] + s[:i] for i in range(len(s))))
words = ['interspecies', 'interstellar', 'interstate', 'internal']
prefix = words[0]
for w in words[1:]:
    while not w.startswith(prefix):
        prefix = prefix[:-1]
print(prefix)
def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
print(edit('kitten', 'sitting'), edit('', 'abc'), edit('flaw', 'lawn'), edit('same', 'same'))
