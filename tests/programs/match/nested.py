# Nested patterns, as-bindings, or-patterns binding the same names, match in functions,
# generators and comprehensions, the subject evaluated once, and bindings after the match.
def evaluate(expr):
    match expr:
        case ("+", a, b):
            return evaluate(a) + evaluate(b)
        case ("*", a, b):
            return evaluate(a) * evaluate(b)
        case ("-", a):
            return -evaluate(a)
        case ("-", a, b):
            return evaluate(a) - evaluate(b)
        case int() | float() as n:
            return n
        case str(name):
            return {"x": 10, "y": 3}[name]
        case other:
            raise ValueError(f"bad expression {other!r}")

print(evaluate(("+", 1, ("*", 2, 3))))
print(evaluate(("-", ("*", "x", "y"), ("-", 4))))
try:
    evaluate(("/", 1, 2))
except ValueError as e:
    print("ValueError:", e)

calls = 0
def subject():
    global calls
    calls += 1
    return [1, [2, 3], {"k": (4, 5)}]

match subject():
    case [1, [2, 9], _]:
        print("no")
    case [1, [a, b] as inner, {"k": (c, d) as pair}]:
        print(a, b, inner, c, d, pair)
print("subject evaluated", calls, "time(s)")

def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
            case [x] | (x,):
                yield f"single {x}"
            case _:
                yield "?"

print(list(gen([("a", 1), [2], (3,), "zz", ["p", "q"]])))

def classify(n):
    match n % 3, n % 5:
        case 0, 0:
            return "FizzBuzz"
        case 0, _:
            return "Fizz"
        case _, 0:
            return "Buzz"
        case _:
            return str(n)

print(" ".join(classify(i) for i in range(1, 16)))

# Walrus in a guard, a capture visible after the statement.
data = [3, 8, 15]
match data:
    case [first, *rest] if (s := sum(rest)) > first:
        print("rest outweighs first", first, rest, s)
print("first still bound:", first)

match (1, 2):
    case (1, 2) | (2, 1) as pair:
        print("pair", pair)

match 42:
    case 1 | 2 | 3:
        print("small")
    case _:
        print("default taken")
match "no default":
    case "x":
        print("x")
print("fell through")
