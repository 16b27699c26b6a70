#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Easel::Translations {

// The languages Easel is translated into, as codes for Settings::setLanguage ("de", "fr",
// "ja", "zh_CN"); English, the source language, is "en".
QStringList availableLanguages();
// A language's name in that language ("Deutsch", "日本語"), for a language menu.
QString nativeName(const QString &language);

// Installs Qt's own (qtbase) and Easel's translators for a language, replacing the ones
// installed before; an empty code follows the system's UI languages. Installing sends
// QEvent::LanguageChange to every widget, so windows that retranslate in changeEvent follow
// at once. Also sets QLocale's default. Returns the language actually loaded ("en" when none
// of Easel's translations fits). Needs a QCoreApplication.
QString setLanguage(const QString &language);
// What setLanguage loaded last ("en" before the first call).
QString currentLanguage();

} // namespace Easel::Translations
