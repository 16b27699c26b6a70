#pragma once

#include <QHash>
#include <QString>

namespace Easel {

// Names for what one document queues, so no two queue actions share one: the first keeps
// the document's name ("Text to image (SD 1.5)"), the next ones are numbered after it
// ("Text to image (SD 1.5) #2", "#3"), as a batch's own jobs are told apart by their place
// ("3/10"). Three Ctrl+Enter on one document were three rows of the same name in the queue,
// in the status line ("…: 1 done") and in the notifications. Counted per name: a cleared
// queue does not give a number twice, and the jobs a restart brings back (restore()) count,
// so a new batch is never named as a restored one is.
class BatchNames
{
public:
    // The name the next queue action of `base` gets, without using it (a dialog's hint).
    QString peek(const QString &base) const;
    // The name for a queue action of `base`, counted.
    QString take(const QString &base);
    // A batch label restored from the queue's journal: its base and number count as taken
    // ("portrait.json #4", and a run of it "portrait.json #4 2/3", take #4; "portrait.json"
    // takes the first), so the next one is numbered after the highest.
    void restore(const QString &label);

    // Where the number of a numbered name starts (" #5" of "Text to image (SD 1.5) #5", in
    // the language's form), or -1 when it has none. What tells two batches of a document
    // apart is there: a name cut for room keeps it and cuts the document's name instead.
    static qsizetype numberStart(const QString &name);

private:
    QString numbered(const QString &base, int count) const;
    QHash<QString, int> m_counts; // name -> queue actions so far
};

} // namespace Easel
