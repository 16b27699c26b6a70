#include "pacedlabel.h"

#include "displaythrottle.h"

#include <QLabel>

namespace Easel {

PacedLabel::PacedLabel(QLabel *label, QObject *parent)
    : QObject(parent)
    , m_label(label)
    , m_throttle(new DisplayThrottle(DisplayThrottle::textMs, [this] { show(); }, this))
{
}

void PacedLabel::setText(const QString &text)
{
    if (!m_throttle->isPending())
        m_before = m_label->text();
    m_pending = text;
    m_throttle->request();
}

QString PacedLabel::text() const
{
    return m_throttle->isPending() && m_label->text() == m_before ? m_pending : m_label->text();
}

void PacedLabel::show()
{
    if (m_label->text() == m_before) // else a newer text was written to the label meanwhile
        m_label->setText(m_pending);
}

} // namespace Easel
