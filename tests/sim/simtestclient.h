#pragma once

// Test helpers: a blocking HTTP call and a recording WebSocket client, written against
// plain QNetworkAccessManager / QWebSocket (never the protocol library).
#include "jsontree.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QtEndian>

struct HttpResult
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    Easel::JsonTree json() const { return Easel::JsonTree::parse(body); }
};

inline HttpResult httpCall(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url,
                           const QByteArray &body = {}, const QByteArray &contentType = {})
{
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.contentType = reply->rawHeader("Content-Type");
    r.body = reply->readAll();
    r.error = reply->error();
    reply->deleteLater();
    return r;
}

struct WsFrame
{
    bool text = true;
    QString type;        // text: envelope type; binary: "binary:<event>"
    Easel::JsonTree json;
    QByteArray bytes;
};

class RecordingSocket : public QObject
{
public:
    QWebSocket socket;
    QList<WsFrame> frames;

    RecordingSocket()
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            WsFrame f;
            f.json = Easel::JsonTree::parse(text.toUtf8());
            f.type = f.json.value(u"type").toString();
            f.bytes = text.toUtf8();
            frames.append(f);
        });
        connect(&socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &bytes) {
            WsFrame f;
            f.text = false;
            f.bytes = bytes;
            f.type = QStringLiteral("binary:%1").arg(bytes.size() >= 4 ? qFromBigEndian<quint32>(bytes.constData()) : 0);
            frames.append(f);
        });
    }
    bool open(const QUrl &url)
    {
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(url);
        return connected.wait(5000);
    }
    QStringList types(int from = 0) const
    {
        QStringList t;
        for (qsizetype i = from; i < frames.size(); ++i)
            t.append(frames.at(i).type);
        return t;
    }
    bool hasTerminalFor(const QString &promptId) const
    {
        for (const WsFrame &f : frames) {
            if (f.type == QLatin1String("executing") && f.json.value(u"data").value(u"node").isNull()
                && f.json.value(u"data").value(u"prompt_id").toString() == promptId)
                return true;
        }
        return false;
    }
};
