#!/bin/sh
# The `pyvm` command (copied to dist/pyvm by scripts/bundle.mjs): starts Node on dist/cli.cjs.
#
# Whenever NODE_EXTRA_CA_CERTS is set, even to a missing file, Node builds OpenSSL's root
# certificate store while it starts, before any JavaScript runs: 60-90 ms, several times the
# rest of a `pyvm` start-up. pyvm opens no TLS connection, so the variable travels under
# another name and dist/cli.cjs puts it back before the program runs: os.environ and child
# processes still see it.
if [ "${NODE_EXTRA_CA_CERTS+set}" = set ]; then
  PYVM_NODE_EXTRA_CA_CERTS=$NODE_EXTRA_CA_CERTS
  export PYVM_NODE_EXTRA_CA_CERTS
  unset NODE_EXTRA_CA_CERTS
fi
# npm links the command into node_modules/.bin: follow the links to find dist/.
self=$0
while [ -h "$self" ]; do
  link=$(readlink "$self")
  case $link in
    /*) self=$link ;;
    *) self=$(dirname "$self")/$link ;;
  esac
done
exec node "$(dirname "$self")/cli.cjs" "$@"
