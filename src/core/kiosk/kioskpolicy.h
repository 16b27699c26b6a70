#pragma once

#include "kioskinputrule.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Easel {

class JsonTree;

// The administrator's kiosk configuration, read from one system-wide INI file that users
// cannot write (/etc/xdg/Easel/kiosk.conf on Linux; docs/kiosk.md lists the other
// platforms and every key). Nothing here is read from the user's QSettings, so a user
// cannot turn kiosk mode off or loosen a lock. Anything unreadable fails closed: an
// unknown or malformed input rule locks that input.
class KioskPolicy
{
public:
    // The platform's system-wide path.
    static QString systemPath();
    // systemPath(), or $EASEL_KIOSK_CONFIG when no system file exists (for trying kiosk
    // mode out without root; an installed system file always wins).
    static QString configPath();
    static KioskPolicy load(const QString &path);

    bool exists() const { return m_exists; }
    QString path() const { return m_path; }
    bool isEnabled() const { return m_enabled; }
    // Lines that could not be read, for the log ("key: why").
    QStringList problems() const { return m_problems; }

    QString workflowFolder() const { return m_workflowFolder; }
    QString outputFolder() const { return m_outputFolder; }
    QString shareFolder() const { return m_shareFolder; } // empty: none
    QUrl server() const { return m_server; }              // invalid: the user's setting
    int idleTimeoutSeconds() const { return m_idleTimeoutSeconds; } // 0: never
    QString pinHash() const { return m_pinHash; }                   // empty: no unlock

    // The rule for "nodeId.input" (the default rule when none is listed).
    KioskInputRule rule(const QString &nodeId, const QString &input) const;
    // The edit check the workflow model consults (WorkflowModel::EditGuard): node-level
    // edits (empty input) are always refused; value null asks whether the input may be
    // edited at all.
    bool allows(const QString &nodeId, const QString &input, const JsonTree *value, QString *why) const;

    // The approved workflows: the .json files of workflowFolder(), sorted by name.
    QStringList approvedWorkflows() const;
    bool isApproved(const QString &path) const;

    // For tests and the command line: policies built in code.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    void setInputRule(const QString &key, const KioskInputRule &rule) { m_rules.insert(key, rule); }

private:
    QString m_path;
    bool m_exists = false;
    bool m_enabled = false;
    QStringList m_problems;
    QString m_workflowFolder;
    QString m_outputFolder;
    QString m_shareFolder;
    QUrl m_server;
    int m_idleTimeoutSeconds = 0;
    QString m_pinHash;
    QHash<QString, KioskInputRule> m_rules; // "nodeId.input"
    KioskInputRule m_defaultRule;           // locked unless [inputs] default says otherwise
};

} // namespace Easel
