#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Easel {

// An API-format workflow file ({node_id: {class_type, inputs, _meta}}), kept as the text
// it was read from so that it reaches the server unchanged (QJsonDocument would round
// seeds above 2^63). Reading and checking run on a worker thread (see load()).
class ApiWorkflow
{
public:
    struct Node
    {
        QString id;
        QString classType;
        QString title; // _meta.title, or the class type
    };

    struct LoadError
    {
        QString message; // names the file and, for syntax errors, line and column
    };

    // Reads and checks a file: a JSON object whose values are nodes with a class_type.
    // The saved (UI) format is recognised and refused with a clear message for now.
    static ApiWorkflow fromFile(const QString &path, LoadError *error);
    static ApiWorkflow fromJson(const QByteArray &json, const QString &sourceName,
                                LoadError *error);

    bool isNull() const { return m_json.isEmpty(); }
    QByteArray json() const { return m_json; }
    QString sourceName() const { return m_sourceName; }
    QList<Node> nodes() const { return m_nodes; } // by numeric id, then text

    // Sets inputs[input] of a node from a command-line value (JSON text, or a plain
    // string when it is not JSON). Returns false with a message when the node is
    // unknown or the input would replace a link.
    bool setInput(const QString &nodeId, const QString &input, const QString &valueText,
                  QString *errorMessage);
    // Gives every input named seed or noise_seed a new random value, except those listed
    // as "node.input" in keep. Used to vary repeated runs as the ComfyUI frontend's
    // "randomize" control does. Returns how many inputs changed.
    int randomizeSeeds(const QStringList &keep);
    // The inputs randomizeSeeds changes, as node id and input name in the file's order: a
    // run of many jobs gives each its own seeds without rewriting the whole prompt.
    QList<std::pair<QString, QString>> seedInputs(const QStringList &keep) const;
    // A value randomizeSeeds gives a seed: below 2^53, so exact in every JSON reader.
    static qint64 freshSeed();

private:
    QByteArray m_json;
    QString m_sourceName;
    QList<Node> m_nodes;
};

} // namespace Easel
