#pragma once

#include <QDateTime>
#include <QString>

namespace Easel {

// What the gallery shows: every condition that is set must hold.
struct GalleryFilter
{
    // StoredOrder: as written to the library, the first first (this session's filmstrip:
    // new outputs join at its end, and its pages walk the stored_at index).
    enum class Sort { NewestFirst, OldestFirst, LargestFirst, StoredOrder };

    QDateTime from;          // created at or after, when valid
    QDateTime to;            // created before, when valid
    QDateTime storedFrom;    // written to the library at or after, when valid ("this session")
    QString workflowName;    // exact, when not empty
    QString text;            // in the prompt text, the server's file name or the seed
    QString tag;             // exact, when not empty
    QString server;          // the server's base URL (a farm's member), exact, when not empty
    bool favouritesOnly = false;
    Sort sort = Sort::NewestFirst;

    bool operator==(const GalleryFilter &other) const = default;
};

} // namespace Easel
