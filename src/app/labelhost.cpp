#include "labelhost.h"

#include <QEvent>
#include <QLabel>
#include <QLayout>

#include <algorithm>

namespace Easel {

LabelHost::LabelHost(QLabel *label, QWidget *parent)
    : QWidget(parent)
    , m_label(label)
{
    setObjectName(label->objectName() + QStringLiteral("Host"));
    setSizePolicy(label->sizePolicy());
    m_hint = labelHint();
    label->installEventFilter(this);
}

LabelHost *LabelHost::wrap(QLabel *label)
{
    QWidget *parent = label->parentWidget();
    const bool hidden = label->isHidden();
    auto *host = new LabelHost(label, parent);
    // The label must be in its parent's installed layout already (a layout not yet set on
    // a widget would take the label back when it is).
    QLayoutItem *replaced = parent && parent->layout()
                                ? parent->layout()->replaceWidget(label, host, Qt::FindChildrenRecursively)
                                : nullptr;
    Q_ASSERT_X(replaced, "LabelHost::wrap", "the label is not in its parent's layout");
    delete replaced;
    label->setParent(host);
    label->setVisible(!hidden);
    host->setVisible(!hidden);
    return host;
}

QSize LabelHost::labelHint() const
{
    // One line's height also while the label is empty, so clearing it and writing it
    // again does not ask the layout twice.
    const int line = m_label->fontMetrics().height() + 2 * (m_label->margin() + m_label->frameWidth());
    const QSize wanted = m_label->sizeHint();
    return {wanted.width(), std::max(wanted.height(), line)};
}

QSize LabelHost::sizeHint() const
{
    return m_hint;
}

QSize LabelHost::minimumSizeHint() const
{
    return {m_label->minimumWidth(), m_hint.height()};
}

bool LabelHost::event(QEvent *event)
{
    // The label's own layout request (a new text, a new font) ends here, unless it needs
    // more room than it ever had.
    if (event->type() == QEvent::LayoutRequest) {
        if (const QSize grown = m_hint.expandedTo(labelHint()); grown != m_hint) {
            m_hint = grown;
            updateGeometry();
        }
        return true;
    }
    return QWidget::event(event);
}

bool LabelHost::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_label) {
        if (event->type() == QEvent::ShowToParent)
            setVisible(true);
        else if (event->type() == QEvent::HideToParent)
            setVisible(false);
    }
    return QWidget::eventFilter(watched, event);
}

void LabelHost::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_label->setGeometry(rect());
}

} // namespace Easel
