#!/usr/bin/env bash
# tools/check-package.sh [BUILD_DIR]     (default: build/release, already built)
#
# Builds the .deb with CPack from BUILD_DIR and checks it the way a user meets it:
#   1. cpack -G DEB (dependencies from dpkg-shlibdeps)
#   2. lintian: no errors (warnings are shown, not fatal)
#   3. desktop-file-validate on the .desktop file, appstreamcli validate --no-net on the
#      metainfo, and man(1) warnings on the three man pages, all from inside the package
#   4. dpkg -i, then from the installed paths: easel --version and --help (offscreen),
#      man -w for each program, and an easel-run smoke job against the installed easel-sim
#   5. dpkg -r, and the programs are gone again
# Needs root or sudo for dpkg -i/-r. Debian packages: dpkg-dev lintian desktop-file-utils
# appstream man-db (plus the build's own). Leaves the .deb in BUILD_DIR/package/.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$here/build/release}" && pwd)"
log() { printf '\033[1mcheck-package:\033[0m %s\n' "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

for tool in cpack dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli man; do
    command -v "$tool" >/dev/null || fail "$tool is missing (Debian: dpkg-dev lintian desktop-file-utils appstream man-db)"
done
sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)

work="$(mktemp -d -t easel-package.XXXXXX)"
sim_pid=""
installed_by_us=0
cleanup() {
    [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null || true
    if [ "$installed_by_us" -eq 1 ]; then
        "${sudo[@]}" dpkg -r easel >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# 1. The package.
log "cpack -G DEB in $build"
rm -rf "$build/package"
(cd "$build" && cpack -G DEB -B "$build/package" >"$work/cpack.log" 2>&1) \
    || { cat "$work/cpack.log" >&2; fail "cpack"; }
deb="$(ls "$build"/package/easel_*.deb 2>/dev/null | head -n 1)"
[ -n "$deb" ] || { cat "$work/cpack.log" >&2; fail "cpack made no easel_*.deb"; }
log "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends >&2

# 2. lintian: errors fail, everything else is shown.
log "lintian"
lintian --fail-on error --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || lintian_rc=$?
cat "$work/lintian.log" >&2
[ "${lintian_rc:-0}" -eq 0 ] || fail "lintian reported errors"
grep -q '^E:' "$work/lintian.log" && fail "lintian reported errors"

# 3. The desktop files and man pages as shipped.
dpkg-deb -x "$deb" "$work/root"
desktop="$work/root/usr/share/applications/io.github.easel.Easel.desktop"
metainfo="$work/root/usr/share/metainfo/io.github.easel.Easel.metainfo.xml"
[ -f "$desktop" ] || fail "no .desktop file in the package"
[ -f "$metainfo" ] || fail "no metainfo in the package"
[ -f "$work/root/usr/share/icons/hicolor/scalable/apps/io.github.easel.Easel.svg" ] || fail "no app icon"
log "desktop-file-validate"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
grep -q '^MimeType=.*application/json;.*image/png;.*image/webp;' "$desktop" || fail "MimeType line"
log "appstreamcli validate --no-net"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"
for program in easel easel-run easel-sim; do
    page="$work/root/usr/share/man/man1/$program.1.gz"
    [ -f "$page" ] || fail "no man page for $program"
    warnings="$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 "$page" 2>&1 >/dev/null || true)"
    [ -z "$warnings" ] || { printf '%s\n' "$warnings" >&2; fail "man page warnings in $program.1"; }
done

# 4. Install it and use it from the installed paths.
if dpkg-query -W -f='${Status}' easel 2>/dev/null | grep -q 'install ok installed'; then
    log "note: a package named easel was installed already; it is replaced and then removed"
fi
log "dpkg -i $(basename "$deb")"
"${sudo[@]}" dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i (missing dependencies?)"; }
installed_by_us=1
for program in easel easel-run easel-sim; do
    [ -x "/usr/bin/$program" ] || fail "/usr/bin/$program is not installed"
    man -w "$program" >/dev/null 2>&1 || fail "man -w $program finds no page"
done
version="$(QT_QPA_PLATFORM=offscreen /usr/bin/easel --version)" || fail "easel --version"
log "easel --version: $version"
[[ "$version" == *"Easel "[0-9]* ]] || fail "unexpected version line: $version"
help="$(QT_QPA_PLATFORM=offscreen /usr/bin/easel --help)" || fail "easel --help"
for option in --server --profile --kiosk --version; do
    [[ "$help" == *"$option"* ]] || fail "easel --help does not mention $option"
done
# --help and --version need no display at all.
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/easel --version >/dev/null \
    || fail "easel --version without a display"
/usr/bin/easel-run --version >/dev/null || fail "easel-run --version"

log "smoke job: installed easel-run against installed easel-sim"
/usr/bin/easel-sim --port 0 --step-ms 5 --data-dir "$work/sim" >"$work/sim.out" 2>"$work/sim.err" &
sim_pid=$!
server=""
for _ in $(seq 100); do
    server="$(head -n 1 "$work/sim.out" 2>/dev/null || true)"
    [[ "$server" == http* ]] && break
    kill -0 "$sim_pid" 2>/dev/null || { cat "$work/sim.err" >&2; fail "easel-sim did not start"; }
    sleep 0.1
done
[[ "$server" == http* ]] || fail "easel-sim did not print its address"
timeout 120 /usr/bin/easel-run "$here/packaging/ci/smoke-workflow.json" --server "$server" \
    --out "$work/out" --count 2 >"$work/run.log" 2>&1 || { cat "$work/run.log" >&2; fail "easel-run smoke job"; }
outputs="$(find "$work/out" -name '*.png' | wc -l)"
[ "$outputs" -ge 2 ] || { cat "$work/run.log" >&2; fail "easel-run saved $outputs PNG(s), expected 2"; }
log "easel-run saved $outputs outputs from $server"
kill "$sim_pid" 2>/dev/null || true
wait "$sim_pid" 2>/dev/null || true
sim_pid=""

# 5. Remove it again.
log "dpkg -r easel"
"${sudo[@]}" dpkg -r easel >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -r"; }
installed_by_us=0
[ ! -e /usr/bin/easel ] || fail "/usr/bin/easel is still there after dpkg -r"
log "package OK: $deb"
