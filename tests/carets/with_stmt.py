with 5 as f:
    pass
