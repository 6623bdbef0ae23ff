# A binary search tree with dict nodes: insert, search, traversals, height, delete.
def insert(node, key):
    if node is None:
        return {'key': key, 'left': None, 'right': None}
    side = 'left' if key < node['key'] else 'right'
    node[side] = insert(node[side], key)
    return node
def inorder(node):
    return [] if node is None else inorder(node['left']) + [node['key']] + inorder(node['right'])
def preorder(node):
    return [] if node is None else [node['key']] + preorder(node['left']) + preorder(node['right'])
def height(node):
    return 0 if node is None else 1 + max(height(node['left']), height(node['right']))
def contains(node, key):
    while node is not None:
        if key == node['key']:
            return True
        node = node['left'] if key < node['key'] else node['right']
    return False
def delete(node, key):
    if node is None:
        return None
    if key < node['key']:
        node['left'] = delete(node['left'], key)
    elif key > node['key']:
        node['right'] = delete(node['right'], key)
    else:
        if node['left'] is None:
            return node['right']
        if node['right'] is None:
            return node['left']
        succ = node['right']
        while succ['left'] is not None:
            succ = succ['left']
        node['key'] = succ['key']
        node['right'] = delete(node['right'], succ['key'])
    return node
root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, k)
print(inorder(root), preorder(root), height(root), contains(root, 45), contains(root, 55))
for k in [20, 30, 50, 99]:
    root = delete(root, k)
    print(k, inorder(root), preorder(root), height(root))
words = None
for w in 'the quick brown fox jumps over the lazy dog'.split():
    words = insert(words, w)
print(inorder(words), height(words))
