# os.stat of a missing file: an uncaught FileNotFoundError.
import os

print(os.path.exists('_definitely_missing.txt'))
os.stat('_definitely_missing.txt')
