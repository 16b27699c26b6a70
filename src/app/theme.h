#pragma once

#include "settings.h"

#include <QPalette>
#include <QStringList>

namespace Easel::Theme {

// Applies a theme to the whole application: ThemeChoice::System restores the platform's
// style and palette; Light and Dark use the Fusion style with the palettes below. Every
// widget gets a PaletteChange/StyleChange, so open windows follow at once.
void apply(ThemeChoice theme);
// The theme applied last (System before the first call).
ThemeChoice current();

QPalette lightPalette();
QPalette darkPalette();

// Makes the bundled "easel" icon theme (:/icons/easel) the fallback for QIcon::fromTheme,
// and the theme itself where the platform has none (Windows, macOS, bare X11), so every
// icon name in iconNames() resolves under any platform theme. Also sets the window icon.
void installIcons();
// The freedesktop icon names Easel uses; each one is in the bundled theme.
QStringList iconNames();
// The application icon's name (the .desktop file's Icon= and the AppStream id).
QString applicationId();

} // namespace Easel::Theme
