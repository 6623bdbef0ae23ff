class Weird(Exception):
    def __str__(self):
        return 'weird %d' % len(self.args)


raise Weird(1, 2, 3)
