import textwrap
from collections import Counter

reviews = {
    'Widget': 'Works as advertised. Setup took five minutes and the manual was clear and concise.',
    'Gadget': 'Battery life is disappointing; it barely lasts a day with moderate use. Returned it.',
    'Gizmo': 'Excellent!',
}
ratings = {'Widget': 4.5, 'Gadget': 2.0, 'Gizmo': 5.0}
col = 28
print('+' + '-' * 8 + '+' + '-' * 6 + '+' + '-' * (col + 2) + '+')
for name in sorted(reviews, key=lambda n: -ratings[n]):
    lines = textwrap.wrap(reviews[name], col) or ['']
    for i, line in enumerate(lines):
        left = name if i == 0 else ''
        score = '%.1f' % ratings[name] if i == 0 else ''
        print('|%-8s|%6s| %-*s |' % (left, score, col, line))
    print('+' + '-' * 8 + '+' + '-' * 6 + '+' + '-' * (col + 2) + '+')
words = Counter(w.strip('.,;!').lower() for text in reviews.values() for w in text.split())
print(words.most_common(4))
print(textwrap.shorten(' '.join(reviews.values()), 60))
