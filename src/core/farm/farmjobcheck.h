#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Easel {

class JsonTree;
class NodeCatalogue;

// What a prompt needs from a server, read once per job: every node class, and every
// literal string input (model files, sampler names, ...), which must be among that
// server's choices when its catalogue makes the input a list.
struct FarmJobNeeds
{
    struct Value
    {
        QString nodeId;
        QString classType;
        QString input;
        QString value;
    };
    QStringList classes;  // sorted, unique
    QList<Value> values;
    QString checkpoint;   // ckpt_name or unet_name: the model a warm server already holds
    bool valid = false;   // false: not an API prompt (no server can run it)

    static FarmJobNeeds of(const JsonTree &prompt);
    static FarmJobNeeds of(const QByteArray &promptJson);

    // Empty when the catalogue has everything; otherwise one translated line per missing
    // thing ("node class ImageInvert", "model x.safetensors for CheckpointLoaderSimple.ckpt_name").
    // Upload inputs (LoadImage's image) are left out: the dispatcher uploads those itself.
    QStringList missingIn(const NodeCatalogue &catalogue) const;
};

} // namespace Easel
