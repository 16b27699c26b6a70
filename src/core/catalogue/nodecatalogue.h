#pragma once

#include "jsonnumber.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Easel {

// One input of a node class, from /object_info (comfyui-protocol.md §1.7).
struct InputSpec
{
    enum class Section { Required, Optional, Hidden };
    QString name;
    Section section = Section::Required;
    QString type;           // INT, FLOAT, STRING, BOOLEAN, COMBO, or a socket type (MODEL, ...)
    QStringList choices;    // COMBO (legacy list form or V2 "options")
    QJsonValue defaultValue;
    JsonNumber minimum;     // invalid = none given
    JsonNumber maximum;
    JsonNumber step;
    std::optional<double> round; // FLOAT round, when a number
    bool multiline = false;
    bool forceInput = false;
    bool controlAfterGenerate = false;      // the option is true or a mode name
    bool controlAfterGenerateGiven = false; // the option is present (even false)
    bool dynamicPrompts = false;
    QString uploadKind;     // "image", "video", "audio", "file": an upload button widget
    QByteArray tooltipUtf8; // kept as the server's UTF-8; tooltip() converts on demand
    QString tooltip() const { return QString::fromUtf8(tooltipUtf8); }
    bool isWidget() const; // a value (not a socket-only input)
    // The frontend adds a "control after generate" combo after this widget
    // (comfyui-protocol.md §5.5: the option, else INT inputs named seed / noise_seed).
    bool hasControlWidget() const;
};

struct NodeClass
{
    QString name;
    QString displayName;
    QString category;
    QString description;
    QString pythonModule;
    bool outputNode = false;
    bool deprecated = false;
    bool experimental = false;
    QList<InputSpec> inputs;   // required, then optional, then hidden; server order
    QStringList outputTypes;   // a combo output is "COMBO"
    QStringList outputNames;
    QList<bool> outputIsList;

    const InputSpec *input(QStringView inputName) const;
};

// Every node class of one server, parsed from /object_info's JSON text with key order
// kept (input_order when present, else the order in the text) and integers kept exact.
class NodeCatalogue
{
public:
    struct ParseError
    {
        QString message; // says where: "line L, column C" or the class and input
        qint64 offset = -1;
    };

    // Parses the whole text; classes with an unreadable definition are skipped and
    // listed in skippedClasses(), since the server itself omits classes that fail.
    static NodeCatalogue fromJson(const QByteArray &json, ParseError *error = nullptr);

    bool isEmpty() const { return m_classes.isEmpty(); }
    int size() const { return int(m_classes.size()); }
    const NodeClass *nodeClass(const QString &name) const;
    QStringList classNames() const { return m_order; }
    QStringList skippedClasses() const { return m_skipped; }

private:
    QHash<QString, NodeClass> m_classes;
    QStringList m_order;
    QStringList m_skipped;
};

} // namespace Easel
