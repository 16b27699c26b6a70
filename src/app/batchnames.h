#pragma once

#include <QHash>
#include <QString>

namespace Easel {

// Names for what one document queues, so no two queue actions share one: the first keeps
// the document's name ("Text to image (SD 1.5)"), the next ones are numbered after it
// ("Text to image (SD 1.5) #2", "#3"), as a batch's own jobs are told apart by their place
// ("3/10"). Three Ctrl+Enter on one document were three rows of the same name in the queue,
// in the status line ("…: 1 done") and in the notifications. Counted per name for this
// session: a cleared queue does not give a number twice.
class BatchNames
{
public:
    // The name the next queue action of `base` gets, without using it (a dialog's hint).
    QString peek(const QString &base) const;
    // The name for a queue action of `base`, counted.
    QString take(const QString &base);

private:
    QString numbered(const QString &base, int count) const;
    QHash<QString, int> m_counts; // name -> queue actions so far
};

} // namespace Easel
