class Bag:
    pass


for item in Bag():
    print(item)
