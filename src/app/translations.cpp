#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Easel::Translations {

namespace {

QPointer<QTranslator> s_qtTranslator;
QPointer<QTranslator> s_easelTranslator;
QString s_current = u"en"_s;

void removeInstalled()
{
    for (QPointer<QTranslator> *translator : {&s_qtTranslator, &s_easelTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
}

} // namespace

QStringList availableLanguages()
{
    return {u"en"_s, u"de"_s, u"fr"_s, u"ja"_s, u"zh_CN"_s};
}

QString nativeName(const QString &language)
{
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (language == "zh_CN"_L1)
        name = u"简体中文"_s;
    else if (language == "en"_L1)
        name = u"English"_s;
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name.isEmpty() ? language : name;
}

QString setLanguage(const QString &language)
{
    removeInstalled();
    auto *app = QCoreApplication::instance();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);

    auto *easel = new QTranslator(app);
    // QTranslator::load(QLocale, ...) walks the locale's UI languages (zh_CN, zh, ...).
    if (easel->load(locale, u"easel"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(easel);
        s_easelTranslator = easel;
        s_current = easel->language();
        s_current.replace(u'-', u'_');
        if (s_current.startsWith("zh"_L1))
            s_current = u"zh_CN"_s;
        else
            s_current = s_current.section(u'_', 0, 0);
    } else if (easel->load(u":/i18n/easel_en.qm"_s)) {
        // No translation fits: English, whose .qm holds the plural forms ("1 job", "3 jobs").
        QCoreApplication::installTranslator(easel);
        s_easelTranslator = easel;
        s_current = u"en"_s;
    } else {
        delete easel;
        s_current = u"en"_s;
    }
    // Qt's own strings (standard buttons, the file dialog); Debian's qt6-translations-l10n.
    if (s_current != "en"_L1) {
        auto *qt = new QTranslator(app);
        if (qt->load(QLocale(s_current),
                     u"qtbase"_s,
                     u"_"_s,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            s_qtTranslator = qt;
        } else {
            delete qt;
        }
    }
    // Numbers and dates follow the chosen language, or the system when following it.
    QLocale::setDefault(language.isEmpty() ? QLocale::system() : locale);
    return s_current;
}

QString currentLanguage()
{
    return s_current;
}

} // namespace Easel::Translations
