#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// The "prompt" object of a recorded POST /prompt body in ../shared/captures, as JSON text.
inline QByteArray capturedPrompt(const QString &relativePath)
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject body = QJsonDocument::fromJson(file.readAll()).object();
    return QJsonDocument(body.value(QLatin1String("prompt")).toObject()).toJson(QJsonDocument::Compact);
}

inline QJsonObject capturedJson(const QString &relativePath)
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}
