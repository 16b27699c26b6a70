#pragma once

#include "galleryfilter.h"
#include "mediakind.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Easel {

class LibraryIndex;
struct OutputRecord;

// One output as the gallery holds it: what its roles show and what its sort keys are.
struct GalleryRow
{
    qint64 id = 0;
    QString path;           // the file (shared by identical outputs)
    QString serverFileName; // the output's own name, as the server gave it
    QString server;
    QString promptId;
    QString nodeId;
    QString seed;
    QString promptText;
    qint64 createdMs = 0;
    qint64 storedMs = 0;
    qint64 size = 0;
    bool favourite = false;
    // What the store found the file to be (an animated PNG plays, a still one shows).
    MediaKind kind = MediaKind::Still;
    // Read with the page (on the worker), so views and tooltips never query the index
    // from the GUI thread; edits through the model or noteTagsChanged keep it current.
    QStringList tags;

    static GalleryRow fromRecord(const OutputRecord &record);
};

// One page of the gallery's ordered result, read from the index with keyset pagination on
// the sort's own index (page n costs what page 1 costs): after an anchor row, or before it
// (returned in the gallery's order), or from the order's start (or end) when there is none.
// A value: a worker thread runs it on a connection of its own.
struct GalleryQuery
{
    GalleryFilter filter;
    std::optional<GalleryRow> anchor;
    bool before = false;
    int limit = 256;

    struct Statement
    {
        QString sql;
        QVariantList binds;
    };
    // The statement for an anchor whose sort key is anchorKey (ignored without an anchor).
    Statement statement(qint64 anchorKey) const;
    // Runs on the index's connection, on the thread that opened it. The anchor's key is
    // read from the index (as the store wrote it; the row's copy came from a signal and may
    // differ by a millisecond), and from the row when the index no longer has it.
    QList<GalleryRow> run(const LibraryIndex &index) const;

    // Whether a new output belongs in the result (the SQL's conditions, in memory).
    static bool matches(const GalleryFilter &filter, const OutputRecord &record);
    // Ascending orders grow at their end as outputs arrive (a filmstrip).
    static bool isAscending(GalleryFilter::Sort sort);
};

} // namespace Easel
