# Random mixes of dict operations on str, number, tuple and None keys and on wrapper keys that
# hash and compare as those values (or by identity), checked against CPython op by op.
import random


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, o):
        return o == self.v

    def __repr__(self):
        return f"H({self.v!r})"


class Plain:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"P{self.n}"


plains = [Plain(i) for i in range(6)]
values = ["a", "b", "c", "dd", 1, 2, 3.0, 2.5, 10**20, True, (1, 2), ("a",), None]


def rkey():
    r = random.random()
    v = random.choice(values)
    if r < 0.35:
        return H(v)
    if r < 0.45:
        return random.choice(plains)
    return v


def run(seed):
    random.seed(seed)
    out = []
    for trial in range(60):
        d = {}
        for step in range(random.randint(5, 60)):
            op = random.random()
            k = rkey()
            try:
                if op < 0.35:
                    d[k] = step
                elif op < 0.5:
                    out.append(d.get(k, "-"))
                elif op < 0.6:
                    out.append(k in d)
                elif op < 0.7:
                    out.append(d.pop(k, "-"))
                elif op < 0.78:
                    del d[k]
                elif op < 0.84:
                    out.append(d.setdefault(k, -step))
                elif op < 0.88:
                    d = d.copy()
                elif op < 0.9:
                    d.clear()
                elif op < 0.95:
                    d.update({k: step, rkey(): -1})
                else:
                    out.append(d.popitem() if d else "empty")
            except KeyError as e:
                out.append(("KeyError", repr(e.args[0])))
        out.append((len(d), repr(d)))
    print(len(out))
    for i in range(0, len(out), 12):
        print(out[i:i + 12])


for seed in (7, 11, 19):
    run(seed)
