# Format specs on ints: fill, align, sign, #, 0, width, grouping, types.
nums = [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 70]
specs = ['', 'd', '5d', '<6', '^7', '>8', '=+9', '+', '-', ' ', '05', '010,', '_', ',', '#x', '#X', '#o', '#b', 'x', 'o', 'b', 'c',
         '*^12', '0=10', '_b', '_x', '#010x', '+#o', 'n', 'e', '.2f', '%', 'g', '.3', '-^+10']
for n in nums:
    row = []
    for sp in specs:
        try:
            row.append(format(n, sp))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(n, '|'.join(row))
for bad in ['s', '.2d', ',c', '=^5', 'z', '#c', ',o', ',b', '_s', '+c']:
    try:
        print(format(65, bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
