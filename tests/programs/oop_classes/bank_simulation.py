class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(needed, available)
        self.needed = needed
        self.available = available

    def __str__(self):
        return 'need %d more' % (self.needed - self.available)


class Account:
    kind = 'basic'
    fee = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    def withdraw(self, amount):
        total = amount + self.fee
        if total > self._balance:
            raise InsufficientFunds(total, self._balance)
        self._balance -= total
        return self

    def deposit(self, amount):
        self._balance += amount
        return self

    def __repr__(self):
        return '%s(%s, %d)' % (type(self).__name__, self.owner, self._balance)

    def __lt__(self, other):
        return self._balance < other._balance


class Premium(Account):
    kind = 'premium'
    fee = 1

    def withdraw(self, amount):
        try:
            return super().withdraw(amount)
        except InsufficientFunds:
            self._balance -= amount + self.fee
            return self


class Frozen(Account):
    def withdraw(self, amount):
        raise PermissionError('account %s is frozen' % self.owner)


accounts = [Account('a', 100), Premium('b', 50), Frozen('c', 1000)]
for acct in accounts:
    for amt in (30, 80):
        try:
            acct.withdraw(amt)
            print('ok', acct)
        except InsufficientFunds as e:
            print('insufficient', acct, e, e.args)
        except PermissionError as e:
            print('denied', e)
print(sorted(accounts), min(accounts).owner, [a.kind for a in accounts])
print(sum(a.balance for a in accounts))
