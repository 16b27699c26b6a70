#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

QT_BEGIN_NAMESPACE
class QAction;
QT_END_NAMESPACE

namespace Easel {

// The window's keyboard shortcuts, editable and remembered. Each action is registered
// under a stable id with its default keys (the web UI's where it has one: Ctrl+Enter
// queue, Ctrl+Shift+Enter queue at the front); what the user set is read from QSettings
// ("shortcuts/<id>", the keys as portable text; an empty value means none) and applied
// at once. The actions work from anywhere in the window (Qt::WindowShortcut), and menus
// show their keys because they are the actions' own shortcuts.
class Shortcuts : public QObject
{
    Q_OBJECT
public:
    explicit Shortcuts(QObject *parent = nullptr);
    ~Shortcuts() override;

    struct Entry
    {
        QString id;
        QPointer<QAction> action;
        QList<QKeySequence> defaults;
    };

    // Registers the action, applies the saved keys (else the defaults) and makes it a
    // window-wide shortcut.
    void add(const QString &id, QAction *action, const QList<QKeySequence> &defaults);
    QList<Entry> entries() const { return m_entries; }
    QList<QKeySequence> keys(const QString &id) const;
    // Sets and saves the action's keys; an empty list leaves it without a shortcut.
    void setKeys(const QString &id, const QList<QKeySequence> &keys);
    void resetToDefaults();
    // Another action with this key sequence, or empty: the editor warns before a clash.
    QString conflictFor(const QString &id, const QKeySequence &keys) const;
    // The action's menu text without its mnemonic ("Queue at Front").
    static QString plainText(const QAction *action);

signals:
    void changed();

private:
    static QString settingsKey(const QString &id);
    QList<Entry> m_entries;
};

} // namespace Easel
