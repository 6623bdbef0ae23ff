# complex basics: literals, arithmetic, repr, attributes, errors.
z = 3 + 4j
print(z, repr(z), z.real, z.imag, z.conjugate(), abs(z), -z, +z)
print(1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j), (2 + 0j) ** 2, 1j ** 2, (1 + 1j) ** 0.5)
print(complex(1, 2), complex('3+4j'), complex('-1.5j'), complex(2), complex(), complex(' 1-2j '))
print(0j, -0j, 1 + 0j, complex(0, -0.0), complex(-0.0, 0), 1e300j * 10, complex(float('inf'), float('nan')))
print(z == 3 + 4j, z != 3, 3 + 0j == 3, hash(3 + 0j) == hash(3), hash(1j))
for bad in ['1+', 'x', '1+2k']:
    try:
        complex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    z < 1j
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int(z)
except TypeError as e:
    print(type(e).__name__, e)
print(type(z).__name__, isinstance(z, complex), (1 + 2j).__add__(1), 2 - 1j, 1.5 + 2.5j, -1j)
