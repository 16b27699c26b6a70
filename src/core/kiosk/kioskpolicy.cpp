#include "kioskpolicy.h"

#include "jsontree.h"
#include "kioskpin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

constexpr int maxIdleTimeoutSeconds = 24 * 3600;

QString folder(const QSettings &ini, const QString &key)
{
    const QString value = ini.value(key).toString().trimmed();
    return value.isEmpty() ? QString() : QDir::cleanPath(QDir(value).absolutePath());
}

bool isTrue(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t == "true"_L1 || t == "yes"_L1 || t == "on"_L1 || t == "1"_L1;
}

} // namespace

QString KioskPolicy::systemPath()
{
#if defined(Q_OS_WIN)
    const QString programData = qEnvironmentVariable("ProgramData", u"C:/ProgramData"_s);
    return QDir::fromNativeSeparators(programData) + u"/Easel/kiosk.conf"_s;
#elif defined(Q_OS_MACOS)
    return u"/Library/Preferences/Easel/kiosk.conf"_s;
#else
    return u"/etc/xdg/Easel/kiosk.conf"_s;
#endif
}

QString KioskPolicy::configPath()
{
    const QString system = systemPath();
    if (QFileInfo::exists(system))
        return system;
    const QString override = qEnvironmentVariable("EASEL_KIOSK_CONFIG");
    return override.isEmpty() ? system : override;
}

KioskPolicy KioskPolicy::load(const QString &path)
{
    KioskPolicy policy;
    policy.m_path = path;
    policy.m_exists = QFileInfo(path).isFile();
    if (!policy.m_exists)
        return policy;
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        // An unreadable policy still means kiosk mode: the file exists for a reason.
        policy.m_enabled = true;
        policy.m_problems << QCoreApplication::translate("Easel::KioskPolicy", "%1 cannot be read").arg(path);
        return policy;
    }
    ini.beginGroup(u"kiosk"_s);
    policy.m_enabled = isTrue(ini.value(u"enabled"_s, u"true"_s).toString());
    policy.m_workflowFolder = folder(ini, u"workflows"_s);
    policy.m_outputFolder = folder(ini, u"outputs"_s);
    policy.m_shareFolder = folder(ini, u"share"_s);
    const QString server = ini.value(u"server"_s).toString().trimmed();
    if (!server.isEmpty()) {
        const QUrl url(server);
        if (url.isValid() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1))
            policy.m_server = url;
        else
            policy.m_problems << u"kiosk/server: "_s
                                     + QCoreApplication::translate("Easel::KioskPolicy", "not an http(s) address");
    }
    bool ok = true;
    const int idle = ini.value(u"idle_timeout"_s, 0).toInt(&ok);
    if (!ok || idle < 0 || idle > maxIdleTimeoutSeconds)
        policy.m_problems << u"kiosk/idle_timeout: "_s
                                 + QCoreApplication::translate("Easel::KioskPolicy",
                                                               "not a number of seconds up to a day");
    else
        policy.m_idleTimeoutSeconds = idle;
    auto bounded = [&](const QString &key, int minimum, int maximum, int *out) {
        if (!ini.contains(key))
            return;
        bool valid = true;
        const int value = ini.value(key).toInt(&valid);
        if (valid && value >= minimum && value <= maximum)
            *out = value;
        else
            policy.m_problems << u"kiosk/%1: "_s.arg(key)
                                     + QCoreApplication::translate("Easel::KioskPolicy",
                                                                   "not a whole number from %1 to %2; %3 is used")
                                           .arg(minimum)
                                           .arg(maximum)
                                           .arg(*out);
    };
    bounded(u"max_waiting"_s, 1, 20, &policy.m_maxWaitingJobs);
    bounded(u"min_interval"_s, 0, 3600, &policy.m_minIntervalSeconds);
    bounded(u"retake_after"_s, 1, 60, &policy.m_retakeSeconds);
    // An Argon2id hash has commas ("m=262144,t=3,p=1"), which QSettings' INI reader splits
    // into a list: joined back as written.
    const QVariant pinValue = ini.value(u"admin_pin"_s);
    const QString pin = (pinValue.typeId() == QMetaType::QStringList ? pinValue.toStringList().join(u',')
                                                                      : pinValue.toString())
                            .trimmed();
    QString why;
    if (!pin.isEmpty() && !KioskPin::isWellFormed(pin, &why)) {
        policy.m_problems << u"kiosk/admin_pin: "_s + why;
    } else {
        policy.m_pinHash = pin;
        if (KioskPin::isLegacy(pin))
            policy.m_problems << u"kiosk/admin_pin: "_s
                                     + QCoreApplication::translate("Easel::KioskPolicy",
                                                                   "an older PBKDF2 hash, still accepted; make an "
                                                                   "Argon2id one with easel --kiosk-hash-pin");
    }
    ini.endGroup();

    ini.beginGroup(u"inputs"_s);
    const QStringList keys = ini.childKeys();
    for (const QString &key : keys) {
        const QString text = ini.value(key).toString();
        bool parsed = false;
        const KioskInputRule rule = KioskInputRule::parse(text, &parsed);
        if (!parsed)
            policy.m_problems << u"inputs/%1: "_s.arg(key)
                                     + QCoreApplication::translate("Easel::KioskPolicy",
                                                                   "“%1” is not a rule; the input stays locked")
                                           .arg(text);
        if (key == "default"_L1)
            policy.m_defaultRule = rule;
        else if (!key.contains(u'.'))
            policy.m_problems << u"inputs/%1: "_s
                                     + QCoreApplication::translate("Easel::KioskPolicy",
                                                                   "keys are node id.input name");
        else
            policy.m_rules.insert(key, rule);
    }
    ini.endGroup();

    // [controls]: may a visitor change an input's control_after_generate mode?
    ini.beginGroup(u"controls"_s);
    for (const QString &key : ini.childKeys()) {
        const QString text = ini.value(key).toString().trimmed().toLower();
        const bool known = text == "locked"_L1 || text == "editable"_L1;
        if (!known)
            policy.m_problems << u"controls/%1: "_s.arg(key)
                                     + QCoreApplication::translate("Easel::KioskPolicy",
                                                                   "“%1” is not locked or editable; the mode stays locked")
                                           .arg(text);
        const bool locked = !known || text == "locked"_L1;
        if (key == "default"_L1)
            policy.m_controlsLockedByDefault = locked;
        else
            policy.m_controlLocked.insert(key, locked);
    }
    ini.endGroup();
    return policy;
}

KioskInputRule KioskPolicy::rule(const QString &nodeId, const QString &input) const
{
    return m_rules.value(nodeId + u'.' + input, m_defaultRule);
}

bool KioskPolicy::allows(const QString &nodeId, const QString &input, const JsonTree *value, QString *why,
                         const QString &type) const
{
    if (input.isEmpty()) {
        *why = QCoreApplication::translate("Easel::KioskPolicy", "Nodes cannot be changed in kiosk mode.");
        return false;
    }
    const KioskInputRule r = rule(nodeId, input);
    if (!r.isEditable()) {
        *why = QCoreApplication::translate("Easel::KioskPolicy", "%1 is locked by the administrator.").arg(input);
        return false;
    }
    return value ? r.allows(*value, why, type) : true;
}

bool KioskPolicy::allowsControlMode(const QString &nodeId, const QString &input, const QString &mode,
                                    QString *why) const
{
    const QString key = nodeId + u'.' + input;
    const KioskInputRule r = rule(nodeId, input);
    if (!r.isEditable() || r.isRestricted() || m_controlLocked.value(key, m_controlsLockedByDefault)) {
        *why = QCoreApplication::translate("Easel::KioskPolicy",
                                           "What happens to %1 after each picture is set by the administrator.")
                   .arg(input);
        return false;
    }
    static const QStringList modes = {u"fixed"_s, u"increment"_s, u"decrement"_s, u"randomize"_s,
                                      u"increment-wrap"_s};
    if (!mode.isEmpty() && !modes.contains(mode)) {
        *why = QCoreApplication::translate("Easel::KioskPolicy", "“%1” is not a mode.").arg(mode);
        return false;
    }
    return true;
}

QStringList KioskPolicy::approvedWorkflows() const
{
    if (m_workflowFolder.isEmpty())
        return {};
    QStringList paths;
    const QDir dir(m_workflowFolder);
    const QStringList names = dir.entryList({u"*.json"_s}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names)
        paths.append(dir.absoluteFilePath(name));
    return paths;
}

bool KioskPolicy::isApproved(const QString &path) const
{
    if (m_workflowFolder.isEmpty() || path.isEmpty())
        return false;
    // Canonical paths on both sides: a symlink or ../ cannot smuggle another file in.
    const QFileInfo file(path);
    const QString canonicalFolder = QFileInfo(m_workflowFolder).canonicalFilePath();
    return file.isFile() && !canonicalFolder.isEmpty()
           && file.canonicalFilePath().startsWith(canonicalFolder + u'/')
           && file.canonicalFilePath().section(u'/', 0, -2) == canonicalFolder
           && file.suffix().compare("json"_L1, Qt::CaseInsensitive) == 0;
}

} // namespace Easel
