import re

html = '''<html><head><title>Test &amp; Page</title></head>
<body><!-- a comment --><p class="x">Hello <b>bold</b> &lt;world&gt;</p>
<script>var x = "<p>";</script><a href='/a?b=1&c=2'>link</a></body></html>'''
no_script = re.sub(r'(?is)<script.*?>.*?</script>', '', html)
no_comments = re.sub(r'<!--.*?-->', '', no_script, flags=re.S)
text = re.sub(r'<[^>]+>', '', no_comments)
entities = {'amp': '&', 'lt': '<', 'gt': '>'}
text = re.sub(r'&(\w+);', lambda m: entities.get(m.group(1), m.group()), text)
print(text)
print(re.findall(r'''href=(["'])(.*?)\1''', html))
print(re.findall(r'<(\w+)[^>]*>', html)[:6])
print(re.search(r'<title>(.*?)</title>', html).group(1))
