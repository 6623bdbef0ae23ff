from .part import PART
