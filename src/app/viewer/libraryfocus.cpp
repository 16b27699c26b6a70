#include "libraryfocus.h"

#include <QAction>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace Easel {

LibraryFocus::LibraryFocus(QTabWidget *tabs, QWidget *libraryTab, const QList<QWidget *> &others, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_library(libraryTab)
    , m_action(new QAction(tr("&Library"), this))
{
    for (QWidget *widget : others)
        m_others.append(widget);
    m_action->setObjectName(u"actionLibraryFocus"_s);
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_action->setToolTip(tr("Give the whole window to the library (Ctrl+L)"));
    connect(m_action, &QAction::toggled, this, &LibraryFocus::setActive);
    // Choosing another tab while the library fills the window leaves the mode.
    connect(tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_active && m_tabs->currentWidget() != m_library)
            setActive(false);
    });
}

void LibraryFocus::setActive(bool active)
{
    if (active == m_active || !m_tabs || !m_library) {
        m_action->setChecked(m_active);
        return;
    }
    const int index = m_tabs->indexOf(m_library);
    if (active && (index < 0 || !m_tabs->isTabEnabled(index) || !m_tabs->isTabVisible(index))) {
        m_action->setChecked(false);
        return;
    }
    m_active = active;
    if (active) {
        m_previousTab = m_tabs->currentWidget();
        m_hidden.clear();
        for (const QPointer<QWidget> &widget : std::as_const(m_others)) {
            if (widget && widget->isVisible()) {
                widget->hide();
                m_hidden.append(widget);
            }
        }
        m_tabs->setCurrentWidget(m_library);
    } else {
        for (const QPointer<QWidget> &widget : std::as_const(m_hidden)) {
            if (widget)
                widget->show();
        }
        m_hidden.clear();
        if (m_previousTab && m_tabs->currentWidget() == m_library)
            m_tabs->setCurrentWidget(m_previousTab);
    }
    m_action->setChecked(active);
}

} // namespace Easel
