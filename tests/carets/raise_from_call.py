def mk(): return ValueError("m")
raise mk()
