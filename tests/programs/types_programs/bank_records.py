# Records as tuples and dicts: transactions ledger, balances, sorting, formatted statement.
txns = [('2024-01-03', 'alice', 'deposit', 500.0), ('2024-01-04', 'bob', 'deposit', 120.5), ('2024-01-05', 'alice', 'withdraw', 75.25),
        ('2024-01-05', 'carol', 'deposit', 1000), ('2024-01-07', 'bob', 'withdraw', 200), ('2024-01-09', 'carol', 'withdraw', 999.99),
        ('2024-01-10', 'alice', 'deposit', 0.1), ('2024-01-10', 'alice', 'deposit', 0.2)]
balances = {}
errors = []
for date, who, kind, amt in txns:
    bal = balances.get(who, 0)
    if kind == 'withdraw':
        if amt > bal:
            errors.append(f'{date}: {who} cannot withdraw {amt:.2f} (balance {bal:.2f})')
            continue
        bal -= amt
    else:
        bal += amt
    balances[who] = round(bal, 2)
for who in sorted(balances):
    print(f'{who:>6}: {balances[who]:>10.2f}')
print('\n'.join(errors))
print(sorted(balances.items(), key=lambda kv: kv[1], reverse=True))
by_day = {}
for date, who, kind, amt in txns:
    by_day.setdefault(date, []).append((who, kind, amt))
for date in sorted(by_day):
    day = by_day[date]
    print(date, len(day), '%.2f' % sum(a if k == 'deposit' else -a for _, k, a in day), [w for w, _, _ in day])
print(0.1 + 0.2, round(0.1 + 0.2, 2), f'{sum(t[3] for t in txns):.10f}')
