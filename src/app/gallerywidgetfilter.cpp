// GalleryWidget: the filter bar's choices and the filter they make.
#include "gallerywidget.h"

#include "gallerymodel.h"
#include "libraryindex.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

#include <algorithm>
#include <utility>

namespace Easel {

void GalleryWidget::applyFilter()
{
    GalleryFilter filter;
    filter.text = m_search->text().trimmed();
    filter.favouritesOnly = m_favourites->isChecked();
    filter.sort = GalleryFilter::Sort(m_sort->currentData().toInt());
    const int days = m_period->currentData().toInt();
    if (days > 0) {
        const QDate first = QDate::currentDate().addDays(1 - days);
        filter.from = first.startOfDay();
    } else if (days < 0) {
        // Whole local days, the last one included; a reversed range is read the right way.
        QDate first = m_fromDate->date();
        QDate last = m_toDate->date();
        if (first > last)
            std::swap(first, last);
        filter.from = first.startOfDay();
        filter.to = last.addDays(1).startOfDay();
    }
    filter.workflowName = m_workflow->currentData().toString();
    filter.tag = m_tag->currentData().toString();
    filter.server = m_server->currentData().toString();
    m_model->setFilter(filter);
}

void GalleryWidget::refreshFilterLists()
{
    // The names are read on the model's worker, in order with its writes (a tag just
    // written is listed): a library of many tags or workflows, or another process's write
    // lock, never holds the GUI thread. The lists change when the names are in. Asked
    // again while a read is out (a burst of a new workflow's outputs), it reads once more
    // after that one, not once per ask.
    if (m_filterListsReading) {
        m_filterListsStale = true;
        return;
    }
    m_filterListsReading = true;
    m_model->editIndex(
        [](LibraryIndex &index, GalleryWorker::EditResult &result) {
            result.values = {index.workflowNames(), index.allTags(), GalleryModel::serverNames(index)};
        },
        [this](const GalleryWorker::EditResult &result) {
            m_filterListsReading = false;
            fillFilterLists(result.values.value(0).toStringList(), result.values.value(1).toStringList(),
                            result.values.value(2).toStringList());
            if (std::exchange(m_filterListsStale, false))
                refreshFilterLists();
        });
}

void GalleryWidget::fillFilterLists(const QStringList &workflows, const QStringList &tags,
                                    const QStringList &servers)
{
    const auto refill = [](QComboBox *box, const QString &any, const QStringList &names) {
        const QString chosen = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(any, QString());
        for (const QString &name : names)
            box->addItem(name, name);
        // A choice that vanished (its last tag removed) falls back to "any"; the filter
        // follows below.
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    };
    const QString workflow = m_workflow->currentData().toString();
    const QString tag = m_tag->currentData().toString();
    const QString server = m_server->currentData().toString();
    refill(m_workflow, tr("Any workflow"), workflows);
    refill(m_tag, tr("Any tag"), tags);
    refill(m_server, tr("Any server"), servers);
    if (!m_serverNames.isEmpty()) {
        // By the names the artist gave the servers, in their order (the address as tooltip).
        QList<std::pair<QString, QString>> named; // name, url
        for (int i = 1; i < m_server->count(); ++i) {
            const QString url = m_server->itemData(i).toString();
            named.append({m_serverNames.value(url, url), url});
        }
        std::sort(named.begin(), named.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.first, b.first) < 0;
        });
        const QSignalBlocker blocker(m_server);
        const QString current = m_server->currentData().toString();
        while (m_server->count() > 1)
            m_server->removeItem(1);
        for (const auto &[name, url] : std::as_const(named)) {
            m_server->addItem(name, url);
            m_server->setItemData(m_server->count() - 1, url, Qt::ToolTipRole);
        }
        m_server->setCurrentIndex(std::max(0, m_server->findData(current)));
    }
    // Nothing to choose from is no filter: the lists appear once there is a choice (the
    // server list once outputs came from two servers: a farm).
    m_workflow->setVisible(m_workflow->count() > 1);
    m_tag->setVisible(m_tag->count() > 1);
    m_server->setVisible(m_server->count() > 2 || !server.isEmpty());
    if (workflow != m_workflow->currentData().toString() || tag != m_tag->currentData().toString()
        || server != m_server->currentData().toString())
        applyFilter();
}

void GalleryWidget::setServerDisplayNames(const QHash<QString, QString> &names)
{
    m_serverNames = names;
    refreshFilterLists();
}

} // namespace Easel
