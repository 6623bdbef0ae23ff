# Ends with an uncaught ValueError from float().
vals = ['1.5', '2.5', 'three']
total = 0.0
for v in vals:
    total += float(v)
    print(total)
