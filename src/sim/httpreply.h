#pragma once

#include "jsontree.h"

#include <QByteArray>
#include <QList>
#include <utility>

namespace Easel::Sim {

// One HTTP answer as aiohttp would give it (comfyui-protocol.md §1.0).
struct HttpReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/octet-stream");
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static HttpReply json(const JsonTree &tree, int status = 200)
    {
        return {status, QByteArrayLiteral("application/json; charset=utf-8"), tree.toPython(), {}};
    }
    static HttpReply empty(int status = 200) { return {status, QByteArrayLiteral("application/octet-stream"), {}, {}}; }
    static HttpReply serverError()
    {
        return {500, QByteArrayLiteral("text/plain; charset=utf-8"),
                QByteArrayLiteral("500 Internal Server Error\n\nServer got itself in trouble"), {}};
    }
};

} // namespace Easel::Sim
