# A deterministic queue simulation with a linear congruential generator.
seed = 12345
def rand():
    global seed
    seed = (1103515245 * seed + 12345) % 2 ** 31
    return seed / 2 ** 31
queue, served, waits, t = [], 0, [], 0
log = []
while t < 60:
    if rand() < 0.4:
        queue.append(t)
    if queue and rand() < 0.5:
        arrived = queue.pop(0)
        waits.append(t - arrived)
        served += 1
    if t % 10 == 0:
        log.append((t, len(queue), served))
    t += 1
print(log)
print(served, len(queue), sum(waits) / len(waits), max(waits), sorted(waits)[len(waits) // 2])
print(f'{seed:#x}', round(rand(), 12), [round(rand() * 100) for _ in range(8)])
