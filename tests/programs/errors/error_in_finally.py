try:
    print('try body')
finally:
    print('finally body')
    None + 1
