print('about to raise')
raise NotImplementedError
