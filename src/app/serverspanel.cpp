#include "serverspanel.h"
#include "ui_serverspanel.h"

#include "farmservermodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLayout>
#include <QScrollBar>
#include <QTableView>

namespace Easel {

ServersPanel::ServersPanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ServersPanel>())
{
    m_ui->setupUi(this);
    updateSummary();
}

ServersPanel::~ServersPanel() = default;

void ServersPanel::setModel(FarmServerModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_ui->serversView->setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::dataChanged, this, &ServersPanel::updateSummary);
        connect(model, &QAbstractItemModel::modelReset, this, &ServersPanel::updateSummary);
        m_ui->serversView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_ui->serversView->horizontalHeader()->setStretchLastSection(true);
    }
    updateSummary();
}

int ServersPanel::preferredHeight() const
{
    const QTableView *view = m_ui->serversView;
    const int rows = std::max(1, m_model ? m_model->rowCount() : 1);
    const int frame = 2 * view->frameWidth();
    const int table = view->horizontalHeader()->sizeHint().height()
                      + rows * view->verticalHeader()->defaultSectionSize() + frame;
    return m_ui->summaryLabel->sizeHint().height() + layout()->spacing() + table
           + view->horizontalScrollBar()->sizeHint().height();
}

QString ServersPanel::summaryText() const
{
    return m_ui->summaryLabel->text();
}

void ServersPanel::updateSummary()
{
    const int servers = m_model ? m_model->rowCount() : 0;
    m_ui->serversView->setVisible(servers > 0);
    if (servers == 0) {
        m_ui->summaryLabel->setText(tr("No render farm: tick several servers in Server → Connections… "
                                       "(“Use several servers together as a farm”) to spread the "
                                       "queue over them."));
        return;
    }
    int ready = 0;
    for (int row = 0; row < servers; ++row)
        ready += m_model->data(m_model->index(row, 0), FarmServerModel::UsableRole).toBool() ? 1 : 0;
    // A farm has two servers or more: the plural reads right in English; %n lets
    // translations choose their own forms.
    m_ui->summaryLabel->setText(tr("%1 of %n servers ready", nullptr, servers).arg(ready));
}

void ServersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateSummary();
    }
    QWidget::changeEvent(event);
}

} // namespace Easel
