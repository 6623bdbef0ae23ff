from sys import path, not_in_sys
