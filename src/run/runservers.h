#pragma once

#include "transportoptions.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace Easel {

// One server easel-run sends jobs to: a plain --server address (no transport, no name) or
// a saved connection profile (--profile NAME) with its headers, pinned certificate and API
// key. Holds secrets: never print transport.
struct RunServer
{
    QUrl url;
    TransportOptions transport;
    QString name; // the profile's name; empty for a plain address

    // How the server is named in messages: the profile's name, else the address.
    QString displayName() const { return name.isEmpty() ? url.toString() : name; }
};

// easel-run's --server URL and --profile NAME, repeated and mixed, in the order given,
// turned into servers. Profiles come from the window's saved connection profiles (its
// QSettings, secrets from the keychain or the plain-text file the user agreed to). A
// profile whose secrets cannot be read is refused rather than sent without them.
class RunServers
{
public:
    struct Argument
    {
        bool isProfile = false;
        QString value; // an address or a profile's name
    };

    // False with a translated sentence in *error for: an address that is not http(s), an
    // unknown profile (naming the saved ones), unreadable secrets, one server named twice.
    static bool resolve(const QList<Argument> &arguments, QList<RunServer> *servers, QString *error);

    // host:8188 and host:8188/ are one server.
    static bool sameServer(QUrl a, QUrl b);
};

} // namespace Easel
