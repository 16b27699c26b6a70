#pragma once

#include "transportoptions.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace Easel {

// One server the window is to use: its address, its connection profile's headers, pinned
// certificate and API key (empty for a bare address), and the name the artist gave it
// (the profile's; empty for a bare address). Two or more make a render farm.
struct ServerChoice
{
    QUrl url;
    TransportOptions transport;
    QString name;

    // The name, else the address: how panels and menus show the server.
    QString displayName() const { return name.isEmpty() ? url.toString() : name; }
};

using ServerChoices = QList<ServerChoice>;

} // namespace Easel
