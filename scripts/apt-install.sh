#!/usr/bin/env bash
# Installs Debian packages for the tests: apt-get install as root, otherwise fails saying what to install.
# Usage: apt-install.sh PACKAGE...   (callers check first whether anything is missing)
set -euo pipefail
if [ "$(id -u)" != 0 ]; then
    echo "$* missing, and installing needs root: apt-get install $*" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "$@" >/dev/null
