__all__ = ['real_sub', 'ghost']
