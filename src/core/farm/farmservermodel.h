#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace Easel {

class FarmDispatcher;

// The farm's servers and their health, one row each, for the servers panel: name (the
// profile's, else the address), state, GPU, free VRAM, ComfyUI version, queue length,
// jobs run here, warm checkpoint.
// Rows follow the dispatcher's servers; cells change as each server reports.
class FarmServerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ServerColumn, StateColumn, GpuColumn, VramColumn, VersionColumn, QueueColumn,
                  JobsColumn, WarmColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { ServerIdRole = Qt::UserRole + 1, UsableRole, SummaryRole };

    explicit FarmServerModel(FarmDispatcher *farm, QObject *parent = nullptr);

    // Call after servers were added to the dispatcher.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<FarmDispatcher> m_farm;
    int m_rows = 0;
};

} // namespace Easel
