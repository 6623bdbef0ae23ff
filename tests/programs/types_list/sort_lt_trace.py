# Every __lt__ call a small sort makes, printed: binary insertion and run detection as in CPython.
class Card:
    def __init__(self, rank, tag):
        self.rank = rank
        self.tag = tag

    def __lt__(self, other):
        print(f'  {self.tag}<{other.tag}', end='')
        return self.rank < other.rank

    def __repr__(self):
        return self.tag


for ranks in [[3, 1, 2], [1, 2, 3, 4], [4, 3, 2, 1], [2, 2, 1, 1], [5, 1, 4, 2, 3, 9, 0], [1, 3, 2, 4, 6, 5, 7]]:
    cards = [Card(r, f'{chr(97 + i)}{r}') for i, r in enumerate(ranks)]
    print(ranks, end=':')
    cards.sort()
    print()
    print('  ->', cards)
print('reverse:', end='')
cards = [Card(r, f'{chr(97 + i)}{r}') for i, r in enumerate([2, 1, 2, 3])]
print('', sorted(cards, reverse=True))
print('key:', end='')
print('', sorted([Card(r, str(r)) for r in [3, 1, 2]], key=lambda c: Card(-c.rank, 'k' + c.tag)))
print('min/max:', end='')
print('', min(cards), max(cards))
