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
# npm links the command into node_modules/.bin: follow the links to find dist/. Directories
# are taken by parameter expansion: each dirname would be a process started (a millisecond).
self=$0
while [ -h "$self" ]; do
  link=$(readlink "$self")
  case $link in
    /*) self=$link ;;
    *) case $self in */*) self=${self%/*}/$link ;; *) self=$link ;; esac ;;
  esac
done
case $self in
  */*) dist=${self%/*} ;;
  *) dist=. ;;
esac
# V8 compiles optimised code and helps the garbage collector on a pool of background threads,
# four by default whatever the machine. Beside the thread running the program, one per
# remaining CPU is all that can run: on a 2-CPU machine a pool of one made the shared
# benchmark programs 2-3% faster and their peak RSS 2-7 MB smaller. The CPUs are read from
# /sys with a builtin (spawning nproc would add a millisecond to every start); a list other
# than "0" or "0-N" keeps Node's default.
pool=4
cpus=
[ -r /sys/devices/system/cpu/online ] && read -r cpus < /sys/devices/system/cpu/online
case $cpus in
  0) pool=1 ;;
  0-[1-3]) pool=${cpus#0-} ;;
esac
exec node --v8-pool-size=$pool "$dist/cli.cjs" "$@"
