/** Built-in programs, each showing something a line-level stepper cannot. */
export interface Example { name: string; note: string; source: string }

export const EXAMPLES: Example[] = [
  {
    name: 'Loop with %',
    note: 'SETUP_LOOP puts a block on the block stack; FOR_ITER keeps the iterator on the data stack for the whole loop.',
    source: `total = 0
for n in range(1, 8):
    if n % 3 == 0:
        continue
    total += n * n
print("total", total)
`,
  },
  {
    name: 'Recursion',
    note: 'Each call is a new frame with its own data stack; watch them pile up and unwind.',
    source: `def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

print(fact(5))
`,
  },
  {
    name: 'Generator pipeline',
    note: 'A generator frame survives between next() calls: it shows as suspended, with its stack intact.',
    source: `def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1

def squares(seq):
    for x in seq:
        yield x * x

pipeline = squares(numbers(5))
first = next(pipeline)
second = next(pipeline)
print("first two:", first, second)
for s in pipeline:
    print(s)
`,
  },
  {
    name: 'try/finally with break',
    note: 'break inside try runs the finally block first: SETUP_FINALLY, POP_BLOCK and END_FINALLY on the block stack.',
    source: `for i in range(5):
    try:
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")
`,
  },
  {
    name: 'Class with super()',
    note: 'The class body runs as its own code object; super() finds __class__ in a cell.',
    source: `class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"

class Dog(Animal):
    def speak(self):
        return super().speak() + ": woof"

print(Dog("Rex").speak())
`,
  },
  {
    name: 'input()',
    note: 'input() reads the Input box line by line, then asks.',
    source: `name = input("Your name? ")
print("Hello,", name)
`,
  },
];
