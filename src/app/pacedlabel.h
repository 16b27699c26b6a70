#pragma once

#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace Easel {

class DisplayThrottle;

// A line of text that changes per job ("Running …", "Queued 1 job", "…: 1 done"), put on its
// label a few times a second at most (DisplayThrottle::textMs): the newest text, never a
// queue of old ones. A text written straight to the label after a paced one was asked for,
// and before it was shown, is newer and stays.
class PacedLabel : public QObject
{
    Q_OBJECT
public:
    explicit PacedLabel(QLabel *label, QObject *parent = nullptr);

    void setText(const QString &text);
    void clear() { setText({}); }
    // The newest text: the one waiting to be shown, or the label's.
    QString text() const;
    DisplayThrottle *throttle() const { return m_throttle; }

private:
    void show();

    QLabel *m_label;
    DisplayThrottle *m_throttle;
    QString m_pending;
    QString m_before; // the label's text when m_pending was asked for
};

} // namespace Easel
