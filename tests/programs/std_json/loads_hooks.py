import json
print(json.loads('{"a": {"b": 1}, "c": [{"d": 2}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"x": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
print(json.loads('[1.5, 2.25, 10]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('[1e3, 7]', parse_float=str, parse_int=float))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda name: '<' + name + '>'))
def reject(name):
    raise ValueError('no constants: ' + name)
try:
    json.loads('[1, NaN]', parse_constant=reject)
except ValueError as e:
    print(type(e).__name__, e)
class Obj:
    def __init__(self, d):
        self.__dict__.update(d)
o = json.loads('{"name": "n", "inner": {"v": 3}}', object_hook=Obj)
print(o.name, o.inner.v, type(o.inner).__name__)
print(json.loads('{}', object_pairs_hook=list), json.loads('[]', object_hook=dict))
try:
    json.loads('{"a": 1}', object_hook=lambda d: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
