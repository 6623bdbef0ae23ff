import re
pattern = r"""(?x)
    (?P<word>\w+)
    \s+
    (?P<num>\d+
"""
re.compile(pattern)
