try:
    loads += 1
except NameError:
    loads = 1
print('loading _reload_me, load number', loads)
STAMP = 'stamp-%d' % loads
