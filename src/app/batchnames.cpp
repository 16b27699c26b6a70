#include "batchnames.h"

#include <QCoreApplication>

namespace Easel {

QString BatchNames::numbered(const QString &base, int count) const
{
    if (count <= 1 || base.isEmpty()) // an unnamed batch is numbered by the queue ("Batch 4")
        return base;
    return QCoreApplication::translate("BatchNames", "%1 #%2", "a document's name, the how-manieth time it is queued")
        .arg(base)
        .arg(count);
}

QString BatchNames::peek(const QString &base) const
{
    return numbered(base, m_counts.value(base) + 1);
}

QString BatchNames::take(const QString &base)
{
    return numbered(base, ++m_counts[base]);
}

} // namespace Easel
