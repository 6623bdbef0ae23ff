match p:
    case [a, a]:
        pass
