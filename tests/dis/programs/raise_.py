raise
raise ValueError
raise ValueError('x')
raise ValueError('x') from None
