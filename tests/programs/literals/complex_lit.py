z = 3 + 4j
print(z, z.real, z.imag, abs(z))
print(1j, -1j, 2j * 2j, (1 + 2j) * (3 - 4j))
print(complex(1, 2), complex(0, 0), 0j, 1 + 0j)
print(z.conjugate(), z == 3 + 4j, (1 + 1j) ** 2)
print((1 + 2j) / (3 + 4j))
print(type(z).__name__)
