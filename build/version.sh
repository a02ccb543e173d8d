#!/usr/bin/env bash
# Maps a `git describe --tags --always --dirty` string to the versions the
# packages need and prints them on one line: DEB WINDOWS.
#   DEB      a Debian upstream version (must start with a digit)
#   WINDOWS  three numbers, what Windows file properties and NSIS accept
#
#   v1.2.3               1.2.3                  1.2.3
#   v1.2.3-4-gabc1234    1.2.3+git4.abc1234     1.2.3
#   v1.3.0-rc1           1.3.0~rc1              1.3.0
#   abc1234              0.0.0~gitabc1234       0.0.0
#   abc1234-dirty        0.0.0~gitabc1234+dirty 0.0.0
#   dev                  0.0.0~dev              0.0.0
# build/version_test.sh checks this table.
set -euo pipefail

describe=${1:?usage: version.sh GIT-DESCRIBE}
v=${describe#v}
dirty=
if [[ $v == *-dirty ]]; then
  dirty=1
  v=${v%-dirty}
fi

# Commits since the tag: "-N-gHASH".
since=
if [[ $v =~ ^(.+)-([0-9]+)-g([0-9a-f]+)$ ]]; then
  v=${BASH_REMATCH[1]}
  since="+git${BASH_REMATCH[2]}.${BASH_REMATCH[3]}"
fi

# No tag: git prints the abbreviated commit (at least 7 hex digits).
if [ -z "$since" ] && [[ $v =~ ^[0-9a-f]{7,40}$ ]]; then
  base=0.0.0
  deb="0.0.0~git$v"
elif [[ $v =~ ^([0-9]+(\.[0-9]+)*)(-([0-9A-Za-z.]+))?$ ]]; then
  base=${BASH_REMATCH[1]}
  deb=$base
  [ -n "${BASH_REMATCH[4]}" ] && deb+="~${BASH_REMATCH[4]}" # a pre-release sorts before its release
  deb+=$since
else
  base=0.0.0
  deb="0.0.0~$(printf '%s' "$v" | tr -c 'A-Za-z0-9.+~' '.')"
fi
if [ -n "$dirty" ]; then
  if [[ $deb == *+* ]]; then deb+=".dirty"; else deb+="+dirty"; fi
fi

IFS=. read -r a b c _ <<<"$base.0.0"
echo "$deb $a.${b:-0}.${c:-0}"
