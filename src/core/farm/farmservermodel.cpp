#include "farmservermodel.h"

#include "farmdispatcher.h"
#include "farmserver.h"

#include <QLocale>

namespace Easel {

FarmServerModel::FarmServerModel(FarmDispatcher *farm, QObject *parent)
    : QAbstractTableModel(parent), m_farm(farm)
{
    reload();
}

void FarmServerModel::reload()
{
    beginResetModel();
    m_rows = m_farm ? int(m_farm->servers().size()) : 0;
    endResetModel();
    if (!m_farm)
        return;
    for (int row = 0; row < m_rows; ++row) {
        FarmServer *server = m_farm->servers().at(row);
        disconnect(server, nullptr, this, nullptr);
        connect(server, &FarmServer::healthChanged, this, [this, row] {
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
    }
}

int FarmServerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int FarmServerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FarmServerModel::data(const QModelIndex &index, int role) const
{
    if (!m_farm || !index.isValid() || index.row() >= m_farm->servers().size())
        return {};
    const FarmServer *server = m_farm->servers().at(index.row());
    switch (role) {
    case ServerIdRole:
        return server->id();
    case UsableRole:
        return server->isUsable();
    case SummaryRole:
        return server->healthSummary();
    case Qt::ToolTipRole:
        // A server shown by its profile's name: its address heads the tooltip.
        if (index.column() == ServerColumn && server->displayName() != server->id())
            return QString(server->id() + u'\n' + server->healthSummary());
        return server->healthSummary();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const bool gpuKnown = server->statsKnown() && !server->systemStats().devices.isEmpty();
    switch (index.column()) {
    case ServerColumn:
        // The connection profile's name when it has one, else the address.
        return server->displayName() != server->id() ? server->displayName() : server->url().toDisplayString();
    case StateColumn:
        return server->stateText();
    case GpuColumn:
        return gpuKnown ? server->systemStats().devices.constFirst().name : QString();
    case VramColumn:
        if (!gpuKnown)
            return QString();
        return tr("%1 of %2 free")
            .arg(QLocale().formattedDataSize(server->systemStats().devices.constFirst().vramFree),
                 QLocale().formattedDataSize(server->systemStats().devices.constFirst().vramTotal));
    case VersionColumn:
        return server->statsKnown() ? server->systemStats().comfyuiVersion : QString();
    case QueueColumn:
        return server->queueRemaining();
    case JobsColumn:
        return server->jobsRun();
    case WarmColumn:
        return server->warmCheckpoint();
    default:
        return {};
    }
}

QVariant FarmServerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServerColumn: return tr("Server");
    case StateColumn: return tr("State");
    case GpuColumn: return tr("GPU");
    case VramColumn: return tr("VRAM");
    case VersionColumn: return tr("ComfyUI");
    case QueueColumn: return tr("Queue");
    case JobsColumn: return tr("Jobs run");
    case WarmColumn: return tr("Loaded model");
    default: return {};
    }
}

} // namespace Easel
