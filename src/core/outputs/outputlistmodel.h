#pragma once

#include <QAbstractListModel>
#include <QCache>
#include <QImage>
#include <QList>
#include <QSet>

namespace Easel {

// The finished outputs of this session, newest first, with their thumbnails. Thumbnails
// are decoded off the GUI thread (loadThumbnail) or handed in; rows are addressed by path.
// Thumbnails are kept by path in a cache of bounded size, not one per row: a day of work
// (20,000 outputs, 64 KB each at 128²) must not hold them all. One evicted is decoded again
// when a view asks for it; rows that share a file (identical outputs) share one thumbnail.
// The rows are bounded too (setMaxRows): the newest outputs of the session, then one last
// row that says the older ones are in the library (which keeps every output); that row has
// no path and cannot be selected.
class OutputListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        PathRole = Qt::UserRole + 1,
        PromptIdRole,
        NodeIdRole,
        ServerFileNameRole,
    };

    explicit OutputListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void addOutput(const QString &path, const QString &promptId, const QString &nodeId,
                   const QString &serverFileName);
    void setThumbnail(const QString &path, const QImage &thumbnail);
    // The size thumbnails are decoded at (at most size × size, pictures up to maxPixels)
    // when a view asks for one (DecorationRole): nothing is decoded for a list that is
    // hidden or for rows no view shows.
    void setThumbnailSize(int size, qint64 maxPixels);
    // Decodes the file at path to a thumbnail of at most size × size (pictures up to
    // maxPixels) on the thread pool and sets it; a file that is not a picture keeps none.
    void loadThumbnail(const QString &path, int size, qint64 maxPixels);
    void clear(); // a fresh session (kiosk mode's idle reset); the files stay
    // The newest outputs kept as rows (0: all). Fewer than held drops the oldest now.
    void setMaxRows(int rows);
    int maxRows() const { return m_maxRows; }
    // Outputs of this session no longer listed (the note row counts them).
    int droppedCount() const { return m_dropped; }
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static constexpr int thumbnailCacheKiB = 32 * 1024;
    static constexpr int defaultMaxRows = 500;

private:
    struct Row
    {
        QString path;
        QString promptId;
        QString nodeId;
        QString serverFileName;
    };
    // A view asked for a thumbnail that is not in the cache: decoded again (data() is const;
    // the decode only starts work, the answer comes through setThumbnail).
    void requestThumbnail(const QString &path) const;
    void dropOldest();
    bool isNote(int row) const { return m_dropped > 0 && row == m_rows.size(); }

    QList<Row> m_rows;
    mutable QCache<QString, QImage> m_thumbnails{thumbnailCacheKiB}; // cost: KiB
    mutable QSet<QString> m_loading;
    QSet<QString> m_notPictures; // decoded once and not a picture: never asked again
    int m_thumbnailSize = 0;     // as last given to loadThumbnail (0: none asked yet)
    qint64 m_maxPixels = 0;
    int m_maxRows = defaultMaxRows;
    int m_dropped = 0;
};

} // namespace Easel
