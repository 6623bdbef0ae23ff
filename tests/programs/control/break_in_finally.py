for i in range(5):
    try:
        print('try', i)
        if i == 2:
            break
    finally:
        print('finally', i)
print('after loop')
for i in range(4):
    try:
        if i % 2:
            continue
        print('even', i)
    finally:
        print('cleanup', i)
def f():
    for i in range(3):
        try:
            try:
                if i == 1:
                    return 'returned at 1'
            finally:
                print('inner finally', i)
        finally:
            print('outer finally', i)
    return 'end'
print(f())
while True:
    try:
        try:
            break
        finally:
            print('nested finally 1')
    finally:
        print('nested finally 2')
print('done')
