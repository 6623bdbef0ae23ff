# A text-adventure command parser: sequence patterns with literals, captures, stars and or-patterns.
def handle(line):
    match line.split():
        case []:
            return "say something"
        case ["quit" | "exit" | "q"]:
            return "bye"
        case ["look"]:
            return "you see a room"
        case ["go", direction] if direction in ("north", "south", "east", "west"):
            return f"you go {direction}"
        case ["go", direction]:
            return f"you can't go {direction}"
        case ["take", *items] if items:
            return "taken: " + ", ".join(items)
        case ["drop", item, "in", container]:
            return f"{item} dropped into {container}"
        case [verb, *_]:
            return f"unknown verb {verb!r}"

for cmd in ["", "quit", "q", "look", "go north", "go up", "take lamp key", "take",
            "drop key in box", "dance wildly now"]:
    print(repr(cmd), "=>", handle(cmd))

# Loops with break/continue inside cases.
total = 0
for item in [1, "skip", 2, None, 3, "stop", 4]:
    match item:
        case "skip":
            continue
        case "stop":
            break
        case None:
            print("none seen")
        case int(n):
            total += n
print("total", total)
