#!/usr/bin/env bash
# Checks build/version.sh against its table; `make dist` runs it first.
set -euo pipefail
cd "$(dirname "$0")"

fail=0
while read -r describe deb win; do
  got=$(./version.sh "$describe")
  want="$deb $win"
  if [ "$got" != "$want" ]; then
    echo "version.sh $describe: got \"$got\", want \"$want\"" >&2
    fail=1
  fi
  # Debian's own rule for an upstream version.
  [[ $deb =~ ^[0-9][A-Za-z0-9.+~]*$ ]] || { echo "version.sh $describe: $deb is no Debian version" >&2; fail=1; }
done <<'EOF'
v1.2.3 1.2.3 1.2.3
1.2.3 1.2.3 1.2.3
v1.2 1.2 1.2.0
v2 2 2.0.0
v1.2.3.4 1.2.3.4 1.2.3
v1.2.3-dirty 1.2.3+dirty 1.2.3
v1.2.3-4-gabc1234 1.2.3+git4.abc1234 1.2.3
v1.2.3-4-gabc1234-dirty 1.2.3+git4.abc1234.dirty 1.2.3
v1.3.0-rc1 1.3.0~rc1 1.3.0
v1.3.0-rc1-2-g0123abc 1.3.0~rc1+git2.0123abc 1.3.0
abc1234 0.0.0~gitabc1234 0.0.0
4070935-dirty 0.0.0~git4070935+dirty 0.0.0
dev 0.0.0~dev 0.0.0
release_x 0.0.0~release.x 0.0.0
EOF

# The order dpkg sees must follow the order of releases.
if command -v dpkg >/dev/null; then
  while read -r lower higher; do
    dpkg --compare-versions "$lower" lt "$higher" || { echo "dpkg: $lower is not below $higher" >&2; fail=1; }
  done <<'EOF'
0.0.0~gitabc1234 0.1.0
1.3.0~rc1 1.3.0
1.2.3 1.2.3+git4.abc1234
1.2.3+git4.abc1234 1.2.4
EOF
fi

[ "$fail" -eq 0 ] && echo "version.sh: ok"
exit "$fail"
