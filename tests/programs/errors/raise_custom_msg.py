def validate(age):
    if age < 0:
        raise ValueError('age cannot be negative: %d' % age)
    return age
print(validate(5))
validate(-1)
