#!/bin/sh
# Regenerates the checked-in data for tests/vm/programs: CPython 3.7's code objects
# (NAME.code37.json, what the VM runs) and CPython 3.11's behaviour (NAME.expected.json:
# stdout, stderr, exit status). Files starting with '_' are helper modules, not programs.
# Usage: sh tests/vm/gen_expected.sh [NAME.py ...]
set -e
cd "$(dirname "$0")/programs"
files="$*"
[ -z "$files" ] && files=$(ls *.py | grep -v '^_')
for f in $files; do
  f=$(basename "$f")
  name="${f%.py}"
  PYENV_VERSION=3.7.16 python3.7 ../../../tools/dump37.py "$f" > "$name.code37.json"
  set +e
  PYTHONHASHSEED=0 python3 "$f" > /tmp/pyvm_gen_out 2> /tmp/pyvm_gen_err < /dev/null
  status=$?
  set -e
  python3 - "$name" "$status" <<'PY'
import json, sys
name, status = sys.argv[1], int(sys.argv[2])
out = open('/tmp/pyvm_gen_out', encoding='utf-8').read()
err = open('/tmp/pyvm_gen_err', encoding='utf-8').read()
# 3.11 reports the script by absolute path; the VM tests run it by its bare name.
import os
err = err.replace(os.getcwd() + '/', '')
json.dump({"stdout": out, "stderr": err, "status": status}, open(name + ".expected.json", "w"), indent=1)
PY
done
