#!/bin/sh
# Print the interpreter `make install` builds .venv from: the first Python 3.11+ that has venv, ensurepip and
# its C headers (the compiled core needs them). The distribution's own python3.11 comes first because Debian and
# Ubuntu build it with profile-guided and link-time optimisation: on this project's extraction benchmark it runs
# the compiled core in 13% fewer instructions than a plain source build such as pyenv's (BENCHMARKS.md).
# Override with `make install PYTHON=/path/to/python3`.
for candidate in /usr/bin/python3.11 python3.11 python3; do
    command -v "$candidate" >/dev/null 2>&1 || continue
    if "$candidate" -c '
import ensurepip, os, sys, sysconfig, venv
include = sysconfig.get_paths()["include"]
sys.exit(0 if sys.version_info >= (3, 11) and os.path.exists(os.path.join(include, "Python.h")) else 1)
' >/dev/null 2>&1; then
        echo "$candidate"
        exit 0
    fi
done
echo python3
