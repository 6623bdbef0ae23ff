class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amt):
        if amt > self.balance:
            raise ValueError('insufficient funds: balance %d, requested %d' % (self.balance, amt))
        self.balance -= amt
        return self.balance


class Bank:
    def __init__(self):
        self.acct = Account(10)

    def pay(self, amt):
        return self.acct.withdraw(amt)


b = Bank()
print(b.pay(3))
print(b.pay(100))
