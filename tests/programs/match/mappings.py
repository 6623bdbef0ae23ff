# Mapping patterns: required keys, extra keys ignored, **rest, nested, value patterns.
import math

class Color:
    RED = "red"
    GREEN = "green"

def event(e):
    match e:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": "q" | "Q"}:
            return "quit key"
        case {"type": "key", "key": k, **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"color": Color.RED}:
            return "red thing"
        case {"color": Color.GREEN, **rest}:
            return f"green thing {rest}"
        case {"value": math.pi}:
            return "pi"
        case {1: one, 2: two}:
            return f"ints {one} {two}"
        case {}:
            return f"some mapping {e!r}"
        case _:
            return "not a mapping"

for e in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": [3, 4], "button": 1},
          {"type": "key", "key": "Q"}, {"type": "key", "key": "a", "shift": True, "ctrl": False},
          {"type": "key", "key": "b"}, {"color": "red"}, {"color": "green", "size": 3},
          {"value": math.pi}, {1: "a", 2: "b", 3: "c"}, {}, {"x": 1}, [("type", "click")], "text"]:
    print(event(e))

class Lookup(dict):
    def get(self, key, default=None):
        print("  get", key)
        return super().get(key, default)

match Lookup(a=1, b=2):
    case {"a": 1, "b": 3}:
        print("wrong")
    case {"a": 1, "b": b}:
        print("b is", b)
