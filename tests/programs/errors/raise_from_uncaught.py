try:
    {}['k']
except KeyError as e:
    raise RuntimeError('lookup failed') from e
