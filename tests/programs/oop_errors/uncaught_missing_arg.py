class Greeter:
    def greet(self, name, punctuation):
        return 'hi ' + name + punctuation


g = Greeter()
print(g.greet('a', '!'))
g.greet('b')
