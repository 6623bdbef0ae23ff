match p:
    case [x] | (y,):
        pass
