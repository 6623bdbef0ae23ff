class Config:
    def __init__(self):
        self.debug = False


cfg = Config()
print(cfg.debug)
print(cfg.verbose)
