#include "changecoalescer.h"

#include <QTimer>

namespace Easel {

ChangeCoalescer::ChangeCoalescer(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] { emit flushed(std::exchange(m_touched, {})); });
}

void ChangeCoalescer::touch(const QString &id)
{
    m_touched.insert(id);
    if (!m_timer->isActive())
        m_timer->start();
}

} // namespace Easel
