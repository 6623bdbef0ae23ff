# Less common str methods: isdecimal vs isdigit vs isnumeric, zfill, splitlines keepends, rsplit, format edge.
print('3.14'.isdigit(), '-5'.isnumeric(), '٣'.isdecimal(), 'Ⅻ'.isnumeric(), '⑤'.isdigit(), '⑤'.isdecimal())
print('abc'.center(6, '.'), 'abc'.center(7, '.'), 'ab'.center(5), 'abcd'.center(5, '*'), 'a'.center(4, '-'))
print('x\r\ny\rz\n'.splitlines(keepends=True), 'a b  c'.rsplit(' ', 1), 'a,b,c'.rsplit(',', 5), '  lead'.lstrip(' l'), 'trail..'.rstrip('.'))
print('Hello'.ljust(8, '!') + '|', 'Hello'.rjust(3), 'MiXeD'.lower().capitalize(), 'o' * 0 == '', 'ab' < 'b', 'a' * 3 + 'b' * 2)
print('%s' % 'x' * 3, ('%s' % 'x') * 3, 'tab\tsep'.expandtabs(tabsize=2), 'x'.join(['1']), '{}'.format(b'bytes'), str.join('-', 'ab'))
print('The Cat'.swapcase(), 'ǉ'.upper(), 'ǉ'.title(), 'ΣΑΣ'.lower(), 'ὈΔΥΣΣΕΎΣ'.lower(), 'straße'.upper(), 'İ'.lower(), len('İ'.lower()))
print('abc'.startswith(('x', 'a'), 0, 2), 'abc'.endswith('bc', -2), 'abc'.endswith('c', 0, -1), 'hello world'.count('o', 5), 'aaa'.count('a', 1, -1))
print(str.upper('x'), str.__len__('abcd'), str.__str__('s'), str.__repr__('s'), str.__mod__('%d', 5), str.__format__('q', '>3'))
