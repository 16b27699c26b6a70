#pragma once

// Counts the events of one type an object receives (paints by default, or layout requests):
// what a widget painted or laid out again, for tests of what the window does per job.
#include <QEvent>
#include <QObject>
#include <QPaintEvent>

class EventCounter : public QObject
{
public:
    explicit EventCounter(QObject *watched, QEvent::Type type = QEvent::Paint)
        : m_type(type)
    {
        watched->installEventFilter(this);
    }

    int count = 0;
    qint64 pixels = 0; // of the paint events' regions

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == m_type) {
            ++count;
            if (m_type == QEvent::Paint) {
                for (const QRect &rect : static_cast<QPaintEvent *>(event)->region())
                    pixels += qint64(rect.width()) * rect.height();
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QEvent::Type m_type;
};
