try:
    {}["k"]
except KeyError as e:
    raise ValueError("x") from e
