total = 0
for i in range(200000):
    total += i * i
print(total)
acc = 1
n = 0
while n < 100:
    acc = (acc * 31 + n) % 1000000007
    n += 1
print(acc)
fib = [0, 1]
while len(fib) < 100:
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[50])
