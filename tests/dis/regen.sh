#!/bin/sh
# Regenerates the dis goldens: for each programs/NAME.py, NAME.json (CPython 3.7's code objects,
# tools/dump37.py) and NAME.dis (`python3.7 -m dis` output). Needs CPython 3.7 (pyenv 3.7.16).
set -e
cd "$(dirname "$0")/programs"
for f in *.py; do
  n="${f%.py}"
  PYTHONHASHSEED=0 PYENV_VERSION=3.7.16 python3.7 ../../../tools/dump37.py "$f" > "$n.json"
  # Addresses differ per run; a fixed one keeps regenerated goldens stable.
  PYTHONHASHSEED=0 PYENV_VERSION=3.7.16 python3.7 -m dis "$f" | sed "s/ at 0x[0-9a-f]*,/ at 0x7f0000000000,/" > "$n.dis"
done
