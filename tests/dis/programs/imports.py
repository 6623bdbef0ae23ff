import os
import os.path
import os.path as osp
from sys import argv, path as p
from . import sibling
from ..pkg import mod
from collections import *
import a.b.c
