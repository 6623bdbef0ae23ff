NAME = 'third'
