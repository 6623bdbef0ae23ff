"""Regenerates the expected outputs of the front-end tests from CPython 3.11 (run with python3).

corpus.txt: snippets separated by lines '#---' (a first line '#mode: eval|single' picks the
mode) -> corpus.expected.json with ast.dump(..., include_attributes=True) of each.
errors.txt: malformed snippets, same separator -> errors.expected.json with the SyntaxError's
type, msg, lineno, offset, end_lineno and end_offset from compile().
"""
import ast
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def snippets(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        text = f.read()
    out = []
    for chunk in text.split('#---\n'):
        if not chunk.strip():
            continue
        mode = 'exec'
        if chunk.startswith('#mode: '):
            first, chunk = chunk.split('\n', 1)
            mode = first[len('#mode: '):].strip()
        out.append((mode, chunk))
    return out


def main():
    assert sys.version_info[:2] == (3, 11), 'run with CPython 3.11'
    corpus = []
    for mode, src in snippets('corpus.txt'):
        tree = ast.parse(src, mode=mode)
        corpus.append({'mode': mode, 'src': src, 'dump': ast.dump(tree, include_attributes=True)})
    with open(os.path.join(HERE, 'corpus.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(corpus, f, indent=1, ensure_ascii=False)
    errors = []
    for mode, src in snippets('errors.txt'):
        try:
            compile(src, 'f.py', mode)
        except SyntaxError as e:
            errors.append({'mode': mode, 'src': src, 'kind': type(e).__name__, 'msg': e.msg,
                           'lineno': e.lineno, 'offset': e.offset,
                           'end_lineno': e.end_lineno, 'end_offset': e.end_offset})
        else:
            raise SystemExit('no error for %r' % src)
    with open(os.path.join(HERE, 'errors.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(errors, f, indent=1, ensure_ascii=False)
    print(len(corpus), 'ast cases,', len(errors), 'error cases')


main()
