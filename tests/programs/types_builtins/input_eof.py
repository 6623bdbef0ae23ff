# input() with stdin at end of file raises EOFError; the prompt goes to stdout.
try:
    line = input('prompt> ')
    print('got', repr(line))
except EOFError as e:
    print()
    print(type(e).__name__, e)
