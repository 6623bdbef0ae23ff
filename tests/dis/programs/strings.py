a = 'simple'
b = "double"
c = '''triple
quoted'''
d = r'raw\n'
e = 'unicode: \u00fc\u4e2d\U0001f600'
f = '\x7f\x80\x9f\xa0\xad'
g = 'tab\there'
h = '\\'
i = 'a' 'b'
j = b'\x00\x7f\x80'
k = 'emoji 😀 and \u200b zero width'
l = '\ud800'
