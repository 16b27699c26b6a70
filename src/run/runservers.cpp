#include "runservers.h"

#include "applicationprofiles.h"
#include "profilestore.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <memory>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct RunServersText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::RunServers)
};

// The profiles are the window's: its QSettings and its plain-text secrets file are named
// after the application "Easel", not "easel-run". ApplicationProfiles binds both when it is
// made, so the name is lent for that moment only.
std::unique_ptr<ApplicationProfiles> windowProfiles()
{
    const QString ownName = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(u"Easel"_s);
    auto profiles = std::make_unique<ApplicationProfiles>();
    QCoreApplication::setApplicationName(ownName);
    return profiles;
}

} // namespace

bool RunServers::sameServer(QUrl a, QUrl b)
{
    for (QUrl *url : {&a, &b}) {
        if (url->path().isEmpty())
            url->setPath(u"/"_s);
    }
    return a.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
           == b.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
}

bool RunServers::resolve(const QList<Argument> &arguments, QList<RunServer> *servers, QString *error)
{
    servers->clear();
    QStringList profileNames;
    for (const Argument &argument : arguments) {
        if (argument.isProfile)
            profileNames.append(argument.value);
    }

    // Every profile is read at once (the keychain answers asynchronously and gives up after
    // a timeout of its own).
    QList<ProfileStore::LoadResult> loaded;
    if (!profileNames.isEmpty()) {
        const std::unique_ptr<ApplicationProfiles> profiles = windowProfiles();
        ProfileStore *store = profiles->store();
        for (const QString &name : std::as_const(profileNames)) {
            if (!store->contains(name)) {
                const QStringList saved = store->names();
                *error = RunServersText::tr("no connection profile named “%1” (saved: %2)")
                             .arg(name, saved.isEmpty() ? RunServersText::tr("none") : saved.join(u", "_s));
                return false;
            }
        }
        QEventLoop loop;
        store->loadSeveral(profileNames, [&](const QList<ProfileStore::LoadResult> &results) {
            loaded = results;
            loop.quit();
        });
        loop.exec();
    }

    qsizetype nextProfile = 0;
    for (const Argument &argument : arguments) {
        RunServer server;
        if (argument.isProfile) {
            const ProfileStore::LoadResult &result = loaded.at(nextProfile++);
            // A profile without its header values or key would reach a proxy that refuses it,
            // or a server without the key its API nodes need: say why instead.
            if (!result.found || !result.warning.isEmpty()) {
                *error = RunServersText::tr("connection profile “%1” is not used without its secrets: %2")
                             .arg(argument.value, result.found ? result.warning : RunServersText::tr("It is no longer saved."));
                return false;
            }
            server = {result.profile.serverUrl(), result.profile.transportOptions(), result.profile.name};
        } else {
            server.url = QUrl::fromUserInput(argument.value);
            if (!server.url.isValid()
                || (server.url.scheme() != "http"_L1 && server.url.scheme() != "https"_L1)) {
                *error = RunServersText::tr("not an http(s) server address: %1").arg(argument.value);
                return false;
            }
        }
        for (const RunServer &earlier : std::as_const(*servers)) {
            if (sameServer(earlier.url, server.url)) {
                *error = RunServersText::tr("the same server is named twice: %1").arg(server.url.toString());
                return false;
            }
        }
        servers->append(server);
    }
    return true;
}

} // namespace Easel
