# repr/str of floats: shortest round-trip digits, exponent switch at 1e16 and 1e-4.
vals = [0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5,
        0.0001234, 1.5e300, -2.5e-300, 5e-324, 1.7976931348623157e308, 100.0, 1e22, 1e23, 3.14159,
        2.0 ** 0.5, 12345.678, 0.1 * 3, 9.999999999999999e15, 1234567890123456.7]
for v in vals:
    print(repr(v), str(v), v)
print(float('inf'), float('-inf'), float('nan'), -float('nan'), [1.0, 2.5], (0.5,), {1.5: 2.0})
print(1e400, -1e400, 1e-400, 1.0e0, 1_000.5, .5, 5., 0e0)
