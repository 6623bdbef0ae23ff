# Parse CSV-like text by hand, compute per-column statistics, print an aligned table.
data = """name,dept,salary,years
Alice,Engineering,125000,5
Bob,Sales,68000.50,3
Carol,Engineering,142500,9
Dan,Marketing,71250,2
Eve,Sales,59900,1
Frank,Engineering,99000,4"""
lines = data.splitlines()
header = lines[0].split(',')
rows = [dict(zip(header, line.split(','))) for line in lines[1:]]
for r in rows:
    r['salary'] = float(r['salary'])
    r['years'] = int(r['years'])
widths = {h: max(len(h), *(len(str(r[h])) for r in rows)) for h in header}
print(' | '.join(h.upper().ljust(widths[h]) for h in header))
print('-+-'.join('-' * widths[h] for h in header))
for r in sorted(rows, key=lambda r: (r['dept'], -r['salary'])):
    print(f"{r['name']:<{widths['name']}} | {r['dept']:<{widths['dept']}} | {r['salary']:>{widths['salary']},.2f} | {r['years']:>{widths['years']}}")
by_dept = {}
for r in rows:
    by_dept.setdefault(r['dept'], []).append(r['salary'])
for d, sal in sorted(by_dept.items()):
    mean = sum(sal) / len(sal)
    var = sum((s - mean) ** 2 for s in sal) / len(sal)
    print(f'{d:<12} n={len(sal)} mean={mean:>12,.2f} sd={var ** 0.5:>10.3f} max={max(sal):.1f}')
print('total payroll: %.2f, mean years %.3f' % (sum(r['salary'] for r in rows), sum(r['years'] for r in rows) / len(rows)))
