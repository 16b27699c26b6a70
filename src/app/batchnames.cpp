#include "batchnames.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

QString numberedTemplate()
{
    return QCoreApplication::translate("BatchNames", "%1 #%2", "a document's name, the how-manieth time it is queued");
}

// A translated template ("%1 #%2", "%1 nº %2") as a pattern: %1 a name, the others numbers.
// Remembered per template, so a switch of language makes a new one.
QRegularExpressionMatch matchTemplate(const QString &pattern, const QString &text)
{
    static thread_local QHash<QString, QRegularExpression> made;
    auto it = made.find(pattern);
    if (it == made.end()) {
        QString expression = QRegularExpression::escape(pattern);
        expression.replace(u"\\%1"_s, u"(?<name>.+)"_s);
        for (int arg = 2; arg <= 3; ++arg)
            expression.replace(u"\\%%1"_s.arg(arg), u"(?<n%1>[0-9]+)"_s.arg(arg));
        it = made.insert(pattern, QRegularExpression(u'^' + expression + u'$'));
    }
    return it->match(text);
}

} // namespace

QString BatchNames::numbered(const QString &base, int count) const
{
    if (count <= 1 || base.isEmpty()) // an unnamed batch is numbered by the queue ("Batch 4")
        return base;
    return numberedTemplate().arg(base).arg(count);
}

QString BatchNames::peek(const QString &base) const
{
    return numbered(base, m_counts.value(base) + 1);
}

QString BatchNames::take(const QString &base)
{
    return numbered(base, ++m_counts[base]);
}

void BatchNames::restore(const QString &label)
{
    if (label.isEmpty())
        return;
    // A run of several ("name #4 2/3", as the window names runs queued together): the batch's
    // own name is before its place.
    QString name = label;
    const QRegularExpressionMatch run =
        matchTemplate(QCoreApplication::translate("Easel::MainWindow", "%1 %2/%3", "workflow, run, runs"), label);
    if (run.hasMatch())
        name = run.captured(u"name"_s);
    int number = 1;
    const QRegularExpressionMatch numbered = matchTemplate(numberedTemplate(), name);
    if (numbered.hasMatch() && numbered.captured(u"n2"_s).toInt() > 1) {
        number = numbered.captured(u"n2"_s).toInt();
        name = numbered.captured(u"name"_s);
    }
    int &count = m_counts[name];
    count = std::max(count, number);
}

qsizetype BatchNames::numberStart(const QString &name)
{
    const QRegularExpressionMatch numbered = matchTemplate(numberedTemplate(), name);
    if (!numbered.hasMatch() || numbered.capturedStart(u"name"_s) != 0)
        return -1;
    return numbered.capturedEnd(u"name"_s);
}

} // namespace Easel
