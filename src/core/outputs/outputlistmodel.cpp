#include "outputlistmodel.h"

#include "futurecallback.h"
#include "previewdecoder.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

#include <QFileInfo>

namespace Easel {

OutputListModel::OutputListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int OutputListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OutputListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QFileInfo(row.path).fileName();
    case Qt::ToolTipRole:
        return row.path;
    case Qt::DecorationRole:
        return row.thumbnail.isNull() ? QVariant() : QVariant(row.thumbnail);
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
    m_rows.prepend({path, promptId, nodeId, serverFileName, {}});
    endInsertRows();
}

void OutputListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void OutputListModel::loadThumbnail(const QString &path, int size, qint64 maxPixels)
{
    const auto decode = QtConcurrent::run([path, size, maxPixels] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QImage();
        const auto decoded = PreviewDecoder::decode(file.readAll(), maxPixels, QSize(size, size));
        return decoded.isOk() ? decoded.value() : QImage();
    });
    onFinished(decode, this, [this, path](const QImage &thumbnail) {
        if (!thumbnail.isNull())
            setThumbnail(path, thumbnail);
    });
}

void OutputListModel::setThumbnail(const QString &path, const QImage &thumbnail)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).path == path) {
            m_rows[row].thumbnail = thumbnail;
            const QModelIndex changed = index(row);
            emit dataChanged(changed, changed, {Qt::DecorationRole});
            return;
        }
    }
}

} // namespace Easel
