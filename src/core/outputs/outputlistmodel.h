#pragma once

#include <QAbstractListModel>
#include <QImage>
#include <QList>

namespace Easel {

// The finished outputs of this session, newest first, with their thumbnails. Thumbnails
// are decoded off the GUI thread (loadThumbnail) or handed in; rows are addressed by path.
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
    // Decodes the file at path to a thumbnail of at most size × size (pictures up to
    // maxPixels) on the thread pool and sets it; a file that is not a picture keeps none.
    void loadThumbnail(const QString &path, int size, qint64 maxPixels);
    void clear(); // a fresh session (kiosk mode's idle reset); the files stay

private:
    struct Row
    {
        QString path;
        QString promptId;
        QString nodeId;
        QString serverFileName;
        QImage thumbnail;
    };
    QList<Row> m_rows;
};

} // namespace Easel
