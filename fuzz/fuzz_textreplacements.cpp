// libFuzzer target: the %…% replacements (date formats, Node.widget look-ups) over a
// small fixed graph, and the queue-time resolver over a prompt whose texts come from the
// input.
#include "fuzzsupport.h"
#include "jsontree.h"
#include "queuetimeresolver.h"
#include "textreplacements.h"

#include <QDateTime>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzzBytes(data, size));
    static const QList<Easel::TextReplacements::Node> nodes{
        {QStringLiteral("KSampler"), true, QStringLiteral("KSampler"),
         {{QStringLiteral("seed"), QStringLiteral("42")}, {QStringLiteral("text"), QStringLiteral("a/b:c")}}},
        {QString(), false, QStringLiteral("Save"), {{QStringLiteral("filename_prefix"), QStringLiteral("%x%")}}},
    };
    const QDateTime now(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    (void)Easel::TextReplacements::apply(text, nodes, now);
    (void)Easel::TextReplacements::formatDate(text, now);

    Easel::JsonTree inputs = Easel::JsonTree::object();
    inputs.insert(QStringLiteral("filename_prefix"), Easel::JsonTree::fromString(text));
    Easel::JsonTree node = Easel::JsonTree::object();
    node.insert(QStringLiteral("class_type"), Easel::JsonTree::fromString(QStringLiteral("SaveImage")));
    node.insert(QStringLiteral("inputs"), inputs);
    Easel::JsonTree prompt = Easel::JsonTree::object();
    prompt.insert(QStringLiteral("9"), node);
    const Easel::QueueTimeResolver resolver(prompt, nullptr);
    (void)resolver.resolve({}, [](int) { return 0; }, now);
    return 0;
}
