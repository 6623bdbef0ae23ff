# Groups nested past the display depth limit end in "... (max_group_depth is 10)".
g = ValueError("leaf")
for level in range(12):
    g = ExceptionGroup(f"level {level}", [g])
raise g
