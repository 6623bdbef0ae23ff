__all__ = ['public', '_semi', 'Klass']
public = 1
_semi = 2
other = 3


class Klass:
    pass
