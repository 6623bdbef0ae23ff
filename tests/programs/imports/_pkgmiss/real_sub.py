X = 'real'
