#include "outputsummary.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct OutputSummaryText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::OutputSummary)
};
} // namespace

QString describeSavedOutput(const OutputRecord &record)
{
    QStringList facts;
    if (record.width > 0 && record.height > 0)
        facts.append(u"%1×%2"_s.arg(record.width).arg(record.height));
    if (record.frameCount > 1)
        facts.append(OutputSummaryText::tr("%n frame(s)", nullptr, record.frameCount));
    if (record.durationMs > 0)
        facts.append(OutputSummaryText::tr("%1 s").arg(QLocale::c().toString(record.durationMs / 1000.0, 'f', 1)));
    if (!record.codec.isEmpty())
        facts.append(record.codec);
    facts.append(QLocale::c().formattedDataSize(record.size, 1, QLocale::DataSizeSIFormat));
    if (record.kind == MediaKind::Text) {
        const QString firstLine = record.text.section(u'\n', 0, 0);
        facts.append(u'"' + (firstLine.size() > 60 ? firstLine.left(59) + u'…' : firstLine) + u'"');
    }
    QString line = OutputSummaryText::tr("saved %1 %2: %3").arg(mediaKindName(record.kind), facts.join(u", "_s), record.path);
    if (!record.mediaError.isEmpty())
        line += u" ("_s + record.mediaError + u')';
    return line;
}

QByteArray savedOutputJsonLine(const OutputRecord &record, int jobNumber)
{
    QJsonObject line{
        {u"job"_s, jobNumber},
        {u"prompt_id"_s, record.promptId},
        {u"node"_s, record.nodeId},
        {u"kind"_s, mediaKindName(record.kind)},
        {u"path"_s, record.path},
        {u"bytes"_s, record.size},
        {u"width"_s, record.width},
        {u"height"_s, record.height},
        {u"frames"_s, record.frameCount},
        {u"duration_ms"_s, record.durationMs},
        {u"codec"_s, record.codec},
    };
    if (record.kind == MediaKind::Text)
        line.insert(u"text"_s, record.text);
    if (!record.mediaError.isEmpty())
        line.insert(u"media_error"_s, record.mediaError);
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

} // namespace Easel
