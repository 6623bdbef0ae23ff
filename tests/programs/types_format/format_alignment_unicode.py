# Alignment and fill with non-ASCII text and fills, widths counted in code points.
for s in ['a', 'é', '中文', '😀😀', 'naïve']:
    print(f'[{s:<6}] [{s:>6}] [{s:^6}] [{s:·^7}] [{s:😀<4}] [{s!r:>10}] [{s!a}]')
print('{:─^20}'.format(' title '), '{:═<10}'.format(''), '%-6s|' % 'é', '%6s|' % '中')
