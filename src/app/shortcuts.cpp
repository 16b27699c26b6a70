#include "shortcuts.h"

#include <QAction>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Easel {

Shortcuts::Shortcuts(QObject *parent)
    : QObject(parent)
{
}

Shortcuts::~Shortcuts() = default;

QString Shortcuts::settingsKey(const QString &id)
{
    return u"shortcuts/"_s + id;
}

void Shortcuts::add(const QString &id, QAction *action, const QList<QKeySequence> &defaults)
{
    m_entries.append({id, action, defaults});
    action->setShortcutContext(Qt::WindowShortcut);
    QSettings settings;
    if (settings.contains(settingsKey(id)))
        action->setShortcuts(QKeySequence::listFromString(settings.value(settingsKey(id)).toString(),
                                                          QKeySequence::PortableText));
    else
        action->setShortcuts(defaults);
}

QList<QKeySequence> Shortcuts::keys(const QString &id) const
{
    for (const Entry &entry : m_entries) {
        if (entry.id == id && entry.action)
            return entry.action->shortcuts();
    }
    return {};
}

void Shortcuts::setKeys(const QString &id, const QList<QKeySequence> &keys)
{
    for (Entry &entry : m_entries) {
        if (entry.id != id || !entry.action)
            continue;
        entry.action->setShortcuts(keys);
        QSettings settings;
        if (keys == entry.defaults)
            settings.remove(settingsKey(id));
        else
            settings.setValue(settingsKey(id), QKeySequence::listToString(keys, QKeySequence::PortableText));
    }
    emit changed();
}

void Shortcuts::resetToDefaults()
{
    QSettings settings;
    for (Entry &entry : m_entries) {
        settings.remove(settingsKey(entry.id));
        if (entry.action)
            entry.action->setShortcuts(entry.defaults);
    }
    emit changed();
}

QString Shortcuts::conflictFor(const QString &id, const QKeySequence &keys) const
{
    if (keys.isEmpty())
        return {};
    for (const Entry &entry : m_entries) {
        if (entry.id == id || !entry.action)
            continue;
        if (entry.action->shortcuts().contains(keys))
            return plainText(entry.action);
    }
    return {};
}

QString Shortcuts::plainText(const QAction *action)
{
    const QString text = action->text();
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size()) {
            plain += text.at(++i); // "&&" is a literal "&", "&Q" marks Q
            continue;
        }
        plain += text.at(i);
    }
    if (plain.endsWith(u'…'))
        plain.chop(1);
    return plain;
}

} // namespace Easel
