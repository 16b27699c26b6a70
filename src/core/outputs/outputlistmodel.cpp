#include "outputlistmodel.h"

#include "futurecallback.h"
#include "previewdecoder.h"

#include <QFile>
#include <QFont>
#include <QtConcurrent/QtConcurrentRun>

#include <QFileInfo>

#include <algorithm>

namespace Easel {

OutputListModel::OutputListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int OutputListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + (m_dropped > 0 ? 1 : 0);
}

Qt::ItemFlags OutputListModel::flags(const QModelIndex &index) const
{
    if (index.isValid() && isNote(index.row()))
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return QAbstractListModel::flags(index);
}

QVariant OutputListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (isNote(index.row())) {
        // Where the list ends: the library has them all, searchable.
        switch (role) {
        case Qt::DisplayRole:
            return tr("Older outputs are in the Library");
        case Qt::ToolTipRole:
            return tr("%n older output(s) of this session are in the Library.", "", m_dropped);
        case Qt::FontRole: {
            // Not an output: told apart from the file names above it.
            QFont font;
            font.setItalic(true);
            return font;
        }
        default:
            return {};
        }
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QFileInfo(row.path).fileName();
    case Qt::ToolTipRole:
        return row.path;
    case Qt::DecorationRole:
        if (const QImage *thumbnail = m_thumbnails.object(row.path))
            return QVariant(*thumbnail);
        requestThumbnail(row.path);
        return {};
    case PathRole:
        return row.path;
    case PromptIdRole:
        return row.promptId;
    case NodeIdRole:
        return row.nodeId;
    case ServerFileNameRole:
        return row.serverFileName;
    default:
        return {};
    }
}

QHash<int, QByteArray> OutputListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(PromptIdRole, "promptId");
    names.insert(NodeIdRole, "nodeId");
    names.insert(ServerFileNameRole, "serverFileName");
    return names;
}

void OutputListModel::addOutput(const QString &path, const QString &promptId,
                                const QString &nodeId, const QString &serverFileName)
{
    beginInsertRows({}, 0, 0);
    m_rows.prepend({path, promptId, nodeId, serverFileName});
    endInsertRows();
    while (m_maxRows > 0 && m_rows.size() > m_maxRows)
        dropOldest();
}

void OutputListModel::setMaxRows(int rows)
{
    m_maxRows = std::max(0, rows);
    while (m_maxRows > 0 && m_rows.size() > m_maxRows)
        dropOldest();
}

void OutputListModel::dropOldest()
{
    const int last = int(m_rows.size()) - 1;
    if (m_dropped == 0) {
        // The oldest row becomes the note: the same number of rows, other contents.
        m_rows.removeLast();
        m_dropped = 1;
        emit dataChanged(index(last), index(last));
        return;
    }
    beginRemoveRows({}, last, last);
    m_rows.removeLast();
    ++m_dropped;
    endRemoveRows();
    const QModelIndex note = index(last);
    emit dataChanged(note, note, {Qt::ToolTipRole});
}

void OutputListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_dropped = 0;
    m_thumbnails.clear();
    m_notPictures.clear();
    endResetModel();
}

void OutputListModel::loadThumbnail(const QString &path, int size, qint64 maxPixels)
{
    m_thumbnailSize = size;
    m_maxPixels = maxPixels;
    m_loading.insert(path);
    const auto decode = QtConcurrent::run([path, size, maxPixels] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QImage();
        const auto decoded = PreviewDecoder::decode(file.readAll(), maxPixels, QSize(size, size));
        return decoded.isOk() ? decoded.value() : QImage();
    });
    onFinished(decode, this, [this, path](const QImage &thumbnail) {
        m_loading.remove(path);
        if (thumbnail.isNull())
            m_notPictures.insert(path);
        else
            setThumbnail(path, thumbnail);
    });
}

void OutputListModel::setThumbnailSize(int size, qint64 maxPixels)
{
    m_thumbnailSize = size;
    m_maxPixels = maxPixels;
}

void OutputListModel::requestThumbnail(const QString &path) const
{
    if (m_thumbnailSize <= 0 || m_loading.contains(path) || m_notPictures.contains(path))
        return;
    const_cast<OutputListModel *>(this)->loadThumbnail(path, m_thumbnailSize, m_maxPixels);
}

void OutputListModel::setThumbnail(const QString &path, const QImage &thumbnail)
{
    m_loading.remove(path);
    m_thumbnails.insert(path, new QImage(thumbnail), std::max<qsizetype>(1, thumbnail.sizeInBytes() / 1024));
    // Every row of that file may show it; views ask again only for the rows they show.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DecorationRole});
}

} // namespace Easel
