print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'x', '' or [] or 0)
print(not 1, not 0, not '', not 'a', not [], not None)
print(1 and 0 or 3, (1 or 0) and 3, 0 or 0 and 1)
def t(x):
    print('t', x)
    return x
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(2) and t(0) and t(3))
print(t(0) or t('') or t(None))
x = [] or {} or 'last'
print(x)
print(bool(0.0), bool(-0.0), bool(0j), bool(' '), bool((0,)))
