#pragma once

// Counts the events of one type an object receives (paints by default, or layout requests):
// what a widget painted or laid out again, for tests of what the window does per job.
#include <QEvent>
#include <QObject>

class EventCounter : public QObject
{
public:
    explicit EventCounter(QObject *watched, QEvent::Type type = QEvent::Paint)
        : m_type(type)
    {
        watched->installEventFilter(this);
    }

    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == m_type)
            ++count;
        return QObject::eventFilter(watched, event);
    }

private:
    QEvent::Type m_type;
};
