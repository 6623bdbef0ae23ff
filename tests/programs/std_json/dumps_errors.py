import json
def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
check(json.dumps, float('nan'), allow_nan=False)
check(json.dumps, [float('inf')], allow_nan=False)
check(json.dumps, [1, [float('-inf')]], allow_nan=False, indent=2)
check(json.dumps, {'k': float('nan')}, allow_nan=False)
check(json.dumps, {float('nan'): 1}, allow_nan=False)
l = [1]
l.append(l)
check(json.dumps, l)
d = {}
d['self'] = d
check(json.dumps, d)
check(json.dumps, 1, bogus=True)
check(json.dumps)
check(json.dumps, 1, 2)
check(json.dumps, [1, 2], check_circular=False)
shared = [1]
check(json.dumps, [shared, shared])
