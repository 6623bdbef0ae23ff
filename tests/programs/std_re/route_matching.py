import re

ROUTES = [
    (r'^/$', 'index'),
    (r'^/users/(?P<id>\d+)/?$', 'user'),
    (r'^/users/(?P<id>\d+)/posts/(?P<slug>[-\w]+)$', 'post'),
    (r'^/static/(?P<path>.+\.(?:css|js|png))$', 'static'),
]
COMPILED = [(re.compile(p), name) for p, name in ROUTES]

def route(path):
    for rx, name in COMPILED:
        m = rx.match(path)
        if m:
            return name, m.groupdict()
    return '404', {}

for path in ['/', '/users/42', '/users/42/', '/users/7/posts/hello-world', '/static/css/site.css', '/static/x.txt', '/users/abc']:
    print(f'{path:30} {route(path)}')
