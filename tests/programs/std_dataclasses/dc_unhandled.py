from dataclasses import dataclass

@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = 'EUR'

    def __add__(self, other):
        if other.currency != self.currency:
            raise ValueError('currency mismatch: %s vs %s' % (self.currency, other.currency))
        return Money(self.amount + other.amount, self.currency)

print(Money(5) + Money(7))
print(Money(1, 'USD'))
total = Money(5) + Money(3, 'USD')
print(total)
