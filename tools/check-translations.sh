#!/usr/bin/env bash
# tools/check-translations.sh [--update]
#
# Fails when a user-visible string in src/ or ui/ is missing from, or untranslated in, any
# of translations/easel_*.ts. It runs lupdate over a copy of the .ts files (a dry run: the
# real files are untouched), then lists every unfinished message per language as
#   easel_de.ts: Easel::MainWindow: "Open Workflow"
# so they are easy to finish. --update writes lupdate's result back into translations/
# (the same as `ninja update_translations`) so a translator can fill the listed entries.
#
# English, the source language, has translations/easel_en.ts with plural forms only
# (lupdate -pluralonly), so "%n job(s)" reads "1 job" / "3 jobs". Qt 6.4's
# qt_add_translations has no PLURALS_TS_FILE, so this script keeps it: the check fails on
# a new plural string missing there, and --update adds it with its forms filled by the
# "(s)" rule ("job(s)" -> "job" / "jobs"); irregular ones are then corrected by hand.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

lupdate="${LUPDATE:-}"
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        [ -n "$candidate" ] && [ -x "$candidate" ] && { lupdate="$candidate"; break; }
    done
fi
[ -n "$lupdate" ] || { echo "check-translations: lupdate not found (Debian: qt6-l10n-tools)" >&2; exit 2; }

shopt -s nullglob
ts_files=()
for ts in translations/easel_*.ts; do
    [ "$ts" = translations/easel_en.ts ] || ts_files+=("$ts")
done
[ ${#ts_files[@]} -gt 0 ] || { echo "check-translations: no translations/easel_*.ts" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
copies=()
for ts in "${ts_files[@]}"; do
    cp "$ts" "$work/"
    copies+=("$work/$(basename "$ts")")
done

# Each lupdate run is bounded: lupdate's C++ parser can loop forever on a construct it
# cannot tokenize (it did on one source file), and CI would then hang until its own job
# limit instead of failing with a hint. A whole run over src and ui takes ~0.3 s today
# (2026-12-07, 443 files); the bound is far above that so a loaded 2-core CI machine never
# trips it. LUPDATE_TIMEOUT (seconds) overrides it.
lupdate_timeout="${LUPDATE_TIMEOUT:-120}"
run_lupdate() {  # run_lupdate LOG WHAT ARGS...: lupdate ARGS >LOG, exit 2 on failure or timeout
    local log="$1" what="$2" rc=0
    shift 2
    timeout -k 10 "$lupdate_timeout" "$lupdate" "$@" >"$log" 2>&1 || rc=$?
    [ $rc -eq 0 ] && return 0
    cat "$log" >&2
    if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
        echo "check-translations: lupdate${what:+ ($what)} did not finish in ${lupdate_timeout} s:" \
             "a source file it cannot parse? run lupdate per file to find it, e.g." >&2
        echo "  for f in \$(find src ui -name '*.cpp' -o -name '*.h' -o -name '*.ui'); do" \
             "timeout 10 $lupdate -silent \"\$f\" -ts /tmp/x.ts >/dev/null 2>&1 || echo \"\$f\"; done" >&2
    else
        echo "check-translations: lupdate${what:+ ($what)} failed" >&2
    fi
    exit 2
}

# Same options as qt_add_translations in src/app/CMakeLists.txt.
run_lupdate "$work/lupdate.log" "" -locations none -silent src ui -ts "${copies[@]}"

# English plural forms: lupdate -pluralonly over a copy of easel_en.ts (or a new one).
english="$work/en/easel_en.ts"
mkdir -p "$work/en"
[ -f translations/easel_en.ts ] && cp translations/easel_en.ts "$english"
run_lupdate "$work/lupdate-en.log" "English plurals" \
    -pluralonly -locations none -silent -source-language en -target-language en src ui -ts "$english"

# Fills the unfinished plural messages of an English .ts by the "(s)" rule.
fill_english() {
    awk '
        /<message numerus="yes">/ { numerus = 1 }
        /<\/message>/ { numerus = 0 }
        /<source>/ { src = $0; sub(/.*<source>/, "", src); sub(/<\/source>.*/, "", src) }
        numerus && /<translation type="unfinished">/ { sub(/ type="unfinished"/, ""); form = 0 }
        numerus && /<numerusform><\/numerusform>/ {
            text = src
            if (form == 0) gsub(/\(s\)/, "", text); else gsub(/\(s\)/, "s", text)
            indent = $0; sub(/<.*/, "", indent)
            print indent "<numerusform>" text "</numerusform>"  # not sub(): "&" in text
            ++form
            next
        }
        { print }' "$1" >"$1.filled" && mv "$1.filled" "$1"
}

if [ "${1:-}" = "--update" ]; then
    for copy in "${copies[@]}"; do cp "$copy" translations/; done
    fill_english "$english"
    cp "$english" translations/easel_en.ts
    echo "check-translations: updated ${ts_files[*]} translations/easel_en.ts"
fi
copies+=("$english")

# Lists unfinished messages (not vanished/obsolete ones) of one .ts file in lupdate's layout.
unfinished() {
    awk -v file="$(basename "$1")" '
        /<name>/ { ctx = $0; sub(/.*<name>/, "", ctx); sub(/<\/name>.*/, "", ctx) }
        /<source>/ { src = $0; sub(/.*<source>/, "", src); insrc = 1 }
        insrc && !/<source>/ { src = src "\\n" $0 }
        insrc && /<\/source>/ { sub(/<\/source>.*/, "", src); insrc = 0 }
        /<translation[^>]*type="unfinished"/ {
            if ($0 ~ /<translation type="unfinished"\/>/ || $0 ~ /type="unfinished">/) {
                gsub(/&amp;/, "\\&", src); gsub(/&lt;/, "<", src); gsub(/&gt;/, ">", src)
                gsub(/&quot;/, "\"", src); gsub(/&apos;/, "'\''", src)
                printf "%s: %s: \"%s\"\n", file, ctx, src
            }
        }' "$1"
}

status=0
total=0

# A tr() made from a free function is filed under the bare namespace, a context no code ever
# looks up at run time: the string would stay English whatever the .ts says. Such calls must
# go through a class with Q_DECLARE_TR_FUNCTIONS (see src/core/media/mediaprobe.cpp).
bare="$(awk '
    /<name>/ { inbare = ($0 ~ /<name>Easel<\/name>/) }
    inbare && /<source>/ { src = $0; sub(/.*<source>/, "", src); sub(/<\/source>.*/, "", src) }
    inbare && /<translation/ && !/type="(vanished|obsolete)"/ { printf "  \"%s\"\n", src }' "${copies[0]}")"
if [ -n "$bare" ]; then
    printf '%s\n' "$bare" >&2
    echo "check-translations: the strings above are filed under the context \"Easel\" (a free tr())." >&2
    status=1
fi
for copy in "${copies[@]}"; do
    list="$(unfinished "$copy")"
    if [ -n "$list" ]; then
        count="$(printf '%s\n' "$list" | wc -l)"
        total=$((total + count))
        printf '%s\n' "$list"
        status=1
    fi
done

if [ $status -ne 0 ]; then
    echo "check-translations: $total untranslated or new string(s) across ${#ts_files[@]} language(s)." >&2
    echo "  Run tools/check-translations.sh --update (or ninja update_translations), translate the" >&2
    echo "  entries marked type=\"unfinished\" in translations/*.ts (Qt Linguist works), run again." >&2
    exit 1
fi
messages="$(grep -c '<source>' "${copies[0]}")"
echo "check-translations: ${#ts_files[@]} languages complete (${messages} source strings each), English plural forms complete."
