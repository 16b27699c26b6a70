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
    // The fair share of the server: at most this many of the kiosk's jobs waiting or
    // running at once (1..20, default 2), and this long between two Generates (0..3600 s,
    // default 5).
    int maxWaitingJobs() const { return m_maxWaitingJobs; }
    // How long the kiosk may stay inactive before it takes itself back (1..60 s, default 3).
    int retakeSeconds() const { return m_retakeSeconds; }
    int minIntervalSeconds() const { return m_minIntervalSeconds; }

    // The rule for "nodeId.input" (the default rule when none is listed).
    KioskInputRule rule(const QString &nodeId, const QString &input) const;
    // The edit check the workflow model consults (WorkflowModel::EditGuard): node-level
    // edits (empty input) are always refused; value null asks whether the input may be
    // edited at all.
    bool allows(const QString &nodeId, const QString &input, const JsonTree *value, QString *why,
                const QString &type = {}) const;
    // May the visitor set the input's control_after_generate mode (mode empty: any)? Only
    // on a plain editable input (no range, no choices) whose [controls] rule is editable.
    bool allowsControlMode(const QString &nodeId, const QString &input, const QString &mode, QString *why) const;

    // The approved workflows: the .json files of workflowFolder(), sorted by name.
    QStringList approvedWorkflows() const;
    bool isApproved(const QString &path) const;

    // For tests and the command line: policies built in code.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    void setInputRule(const QString &key, const KioskInputRule &rule) { m_rules.insert(key, rule); }
    void setControlLocked(const QString &key, bool locked) { m_controlLocked.insert(key, locked); }
    void setFairShare(int maxWaitingJobs, int minIntervalSeconds)
    {
        m_maxWaitingJobs = maxWaitingJobs;
        m_minIntervalSeconds = minIntervalSeconds;
    }

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
    int m_maxWaitingJobs = 2;
    int m_minIntervalSeconds = 5;
    int m_retakeSeconds = 3;
    QHash<QString, KioskInputRule> m_rules; // "nodeId.input"
    QHash<QString, bool> m_controlLocked;   // [controls]: "nodeId.input" -> locked
    bool m_controlsLockedByDefault = false;
    KioskInputRule m_defaultRule;           // locked unless [inputs] default says otherwise
};

} // namespace Easel
