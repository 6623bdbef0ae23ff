# Command parsing for a tiny text adventure: synonyms, inventory sets, room graph dicts.
rooms = {'hall': {'north': 'library', 'east': 'kitchen'}, 'library': {'south': 'hall'}, 'kitchen': {'west': 'hall', 'down': 'cellar'}, 'cellar': {'up': 'kitchen'}}
items = {'library': {'book', 'candle'}, 'kitchen': {'knife'}, 'cellar': {'wine'}, 'hall': set()}
synonyms = {'n': 'north', 's': 'south', 'e': 'east', 'w': 'west', 'u': 'up', 'd': 'down', 'get': 'take', 'grab': 'take'}
here, inventory = 'hall', set()
script = 'look;n;get book;take candle;grab lamp;s;e;d;take wine;u;w;inventory;fly;n;drop book;look'
for cmd in script.split(';'):
    words = [synonyms.get(w, w) for w in cmd.lower().split()]
    verb, rest = words[0], ' '.join(words[1:])
    if verb in ('north', 'south', 'east', 'west', 'up', 'down'):
        if verb in rooms[here]:
            here = rooms[here][verb]
            msg = f'you go {verb} to the {here}'
        else:
            msg = "you can't go that way"
    elif verb == 'take':
        if rest in items[here]:
            items[here].remove(rest)
            inventory.add(rest)
            msg = f'taken: {rest}'
        else:
            msg = f'no {rest} here'
    elif verb == 'drop':
        if rest in inventory:
            inventory.discard(rest)
            items[here].add(rest)
            msg = f'dropped {rest}'
        else:
            msg = f"you don't have {rest}"
    elif verb == 'look':
        msg = f'{here}: exits {", ".join(sorted(rooms[here]))}; items {sorted(items[here])}'
    elif verb == 'inventory':
        msg = f'carrying {sorted(inventory)}'
    else:
        msg = f'unknown verb {verb!r}'
    print(f'> {cmd:<14} {msg}')
