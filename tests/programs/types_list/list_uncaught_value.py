# Ends in an uncaught ValueError from list.remove.
todo = ['write', 'test', 'ship']
todo.remove('test')
print(todo)
todo.remove('test')
