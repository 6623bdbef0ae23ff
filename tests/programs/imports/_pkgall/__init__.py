__all__ = ['first', 'second', 'TOP']
TOP = 'top'
