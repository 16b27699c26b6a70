#!/usr/bin/env bash
# AppImage recipe (untested: linuxdeploy and appimagetool are not packaged in Debian 12 and
# this project's CI may not download them). Run on the oldest distribution you want to
# support (the AppImage runs on systems with the same or a newer glibc), e.g. Ubuntu 22.04
# with Qt 6.4+ installed, from the top of the checkout:
#
#   packaging/appimage/build-appimage.sh            -> Easel-x86_64.AppImage
#
# Tools (download once, make executable, put on PATH):
#   https://github.com/linuxdeploy/linuxdeploy/releases            linuxdeploy-x86_64.AppImage
#   https://github.com/linuxdeploy/linuxdeploy-plugin-qt/releases  linuxdeploy-plugin-qt-x86_64.AppImage
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$here/build/appimage"
appdir="$build/AppDir"

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DEASEL_WERROR=OFF -DEASEL_BUILD_TESTS=OFF -DEASEL_BUILD_BENCH=OFF
cmake --build "$build"
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build"

# Graphviz (the graph map's layout): libgvc is bundled by linuxdeploy as a library, but it
# loads the dot layout as a plugin at run time, from the "graphviz" folder beside wherever
# libgvc itself was loaded (usr/lib/graphviz in the AppImage), listed in a config file that
# `dot -c` writes (config6, or config6a on Debian and Ubuntu). linuxdeploy deploys the
# plugin's own dependencies, as it does for every ELF file already in the AppDir. Without
# the config file the bundled libgvc knows no layout, even with the plugin beside it.
# `dot -c` comes with the graphviz package; Debian's libgvc6 has libgvc6-config-update -c.
gvlibdir="$(pkg-config --variable=libdir libgvc)/graphviz"
mkdir -p "$appdir/usr/lib/graphviz"
cp -L "$gvlibdir"/libgvplugin_dot_layout.so.? "$appdir/usr/lib/graphviz/"
if command -v dot >/dev/null; then
    GVBINDIR="$appdir/usr/lib/graphviz" dot -c
else
    GVBINDIR="$appdir/usr/lib/graphviz" libgvc6-config-update -c
fi
ls "$appdir"/usr/lib/graphviz/config6* >/dev/null

# qmake6 tells linuxdeploy-plugin-qt which Qt to bundle; the extra plugins are the ones
# dpkg-shlibdeps cannot see either (svg icons, webp).
export QMAKE="${QMAKE:-$(command -v qmake6 || command -v qmake)}"
export EXTRA_QT_PLUGINS="svg;imageformats;iconengines"
export LDAI_OUTPUT="Easel-x86_64.AppImage"
linuxdeploy-x86_64.AppImage --appdir "$appdir" \
    --executable "$appdir/usr/bin/easel" \
    --executable "$appdir/usr/bin/easel-run" \
    --executable "$appdir/usr/bin/easel-sim" \
    --desktop-file "$appdir/usr/share/applications/io.github.easel.Easel.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/scalable/apps/io.github.easel.Easel.svg" \
    --plugin qt --output appimage
echo "built $LDAI_OUTPUT"
