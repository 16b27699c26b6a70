#include "theme.h"

#include "themestyle.h"

#include <QApplication>
#include <QIcon>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace Easel::Theme {

namespace {

ThemeChoice s_current = ThemeChoice::System;
// The style the platform picked before we touched anything, for ThemeChoice::System.
QString s_systemStyle;

void rememberSystemStyle()
{
    if (s_systemStyle.isEmpty() && QApplication::style())
        s_systemStyle = QApplication::style()->name();
}

} // namespace

QPalette lightPalette()
{
    QPalette palette;
    const QColor window(0xef, 0xef, 0xef);
    const QColor text(0x1e, 0x1e, 0x1e);
    const QColor disabledText(0x9a, 0x9a, 0x9a);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    palette.setColor(QPalette::ToolTipText, text);
    // Placeholders and empty states ("Jobs you queue appear here") say something: 5.4:1 on
    // white, 4.7:1 on the window (#808080 was 3.9 and 3.4:1).
    palette.setColor(QPalette::PlaceholderText, QColor(0x6a, 0x6a, 0x6a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Light, Qt::white);
    palette.setColor(QPalette::Midlight, QColor(0xe3, 0xe3, 0xe3));
    palette.setColor(QPalette::Mid, QColor(0xb8, 0xb8, 0xb8));
    palette.setColor(QPalette::Dark, QColor(0x9f, 0x9f, 0x9f));
    palette.setColor(QPalette::Shadow, QColor(0x76, 0x76, 0x76));
    // Selected rows, menu entries and text are white on this blue at 5.8:1 (WCAG AA asks
    // 4.5:1; Fusion's #308cc6 was 3.7:1; a progress bar's fill, lightened toward its top,
    // still gives its text 5:1), and the blue stands out from the window at 5:1.
    palette.setColor(QPalette::Highlight, QColor(0x27, 0x67, 0xaa));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x00, 0x5a, 0xb4));
    palette.setColor(QPalette::LinkVisited, QColor(0x6a, 0x2b, 0x9e));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x7a, 0x7a, 0x7a);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x40));
    palette.setColor(QPalette::ToolTipText, text);
    // 5.8:1 on the base, 4.8:1 on the window (#8c8c8c was 4.9 and 4.1:1).
    palette.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4f));
    palette.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x42));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x28));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    // White on this blue is 5.4:1 (#3d8ed8 was 3.5:1; Fusion's progress bars lighten their
    // fill toward the top, so 5:1 here was 4.5:1 there), and it stays 3.1:1 from the
    // lists' base it is drawn on (a selection, the filmstrip's pick).
    palette.setColor(QPalette::Highlight, QColor(0x2e, 0x6a, 0xb8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb4, 0x8c, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x55));
    return palette;
}

void apply(ThemeChoice theme)
{
    rememberSystemStyle();
    s_current = theme;
    switch (theme) {
    case ThemeChoice::System:
        if (QStyle *style = QStyleFactory::create(s_systemStyle))
            QApplication::setStyle(style);
        // A palette that resolves nothing falls back to the platform theme's palette.
        QApplication::setPalette(QPalette());
        return;
    case ThemeChoice::Light:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(lightPalette());
        return;
    case ThemeChoice::Dark:
        QApplication::setStyle(new ThemeStyle(QStyleFactory::create(u"Fusion"_s)));
        QApplication::setPalette(darkPalette());
        return;
    }
}

ThemeChoice current()
{
    return s_current;
}

QString applicationId()
{
    return u"io.github.easel.Easel"_s;
}

QStringList iconNames()
{
    return {u"document-open"_s,
            u"document-save"_s,
            u"document-save-as"_s,
            u"media-playback-start"_s,
            u"media-playback-stop"_s,
            u"preferences-system"_s,
            u"application-exit"_s,
            u"help-about"_s,
            u"folder-open"_s,
            applicationId()};
}

void installIcons()
{
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(":/icons"_L1)) {
        paths.append(u":/icons"_s);
        QIcon::setThemeSearchPaths(paths);
    }
    QIcon::setFallbackThemeName(u"easel"_s);
    // No platform theme at all (Windows, macOS, a bare X server): use ours outright.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == "hicolor"_L1)
        QIcon::setThemeName(u"easel"_s);
    QApplication::setWindowIcon(
        QIcon(u":/icons/easel/scalable/apps/%1.svg"_s.arg(applicationId())));
}

} // namespace Easel::Theme
