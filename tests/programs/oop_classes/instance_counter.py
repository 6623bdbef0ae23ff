class Account:
    _next_id = 1
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('dep', amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError('insufficient funds: %d > %d' % (amount, self.balance))
        self.balance -= amount
        self.history.append(('wd', amount))
        return self

    def apply_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)

    def __repr__(self):
        return 'Account(%r, %r, id=%d)' % (self.owner, self.balance, self.id)


a = Account('ann', 100)
b = Account('bob')
a.deposit(50).withdraw(30)
print(a, b, a.history)
try:
    b.withdraw(10)
except ValueError as e:
    print('error:', e)
try:
    b.deposit(-1)
except ValueError as e:
    print('error:', e, e.args)
b.interest = 0.5
b.deposit(10)
b.apply_interest()
a.apply_interest()
print(a.balance, b.balance, Account.interest, b.interest)
accounts = [Account('c%d' % i, i * 10) for i in range(5)]
print([x.id for x in accounts], sum(x.balance for x in accounts))
print(sorted(accounts, key=lambda x: -x.balance)[0])
print(max(accounts, key=lambda x: x.balance).owner)
