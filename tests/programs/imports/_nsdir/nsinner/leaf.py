LEAF = 'namespace leaf'
