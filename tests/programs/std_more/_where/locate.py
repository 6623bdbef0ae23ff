import os
import sys


def describe():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.basename(here), os.path.isabs(__file__)
