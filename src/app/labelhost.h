#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace Easel {

// Holds a one-line label whose text changes per job or per frame ("KSampler: step 3 of 20",
// "Running …", the viewer's caption) so that a new text repaints the label and nothing else.
//
// Why: QLabel::setText asks its layout again (updateGeometry) even when its size stays, and
// the request climbs every layout above it. For the queue's step line that was the queue
// panel, its tab widget (QTabWidget repaints itself whole on every layout request: the tab
// bar, the five buttons, the list's frame), the dock and the main window, laid out and
// repainted at display rate while jobs went by, for a change of a few words.
//
// The host has no layout, so the label's request ends here: it lays the label over its whole
// rect itself and asks its own layout again only when the label wants more room than it ever
// did (a longer text than any before, a larger font): a few times at first, then never.
// A shorter text keeps the room. Hiding or showing the label hides or shows the host, so the
// line's place goes with it as before.
class LabelHost : public QWidget
{
    Q_OBJECT
public:
    // Puts label into a new host that takes the label's place in its parent's layout.
    static LabelHost *wrap(QLabel *label);

    QLabel *label() const { return m_label; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    explicit LabelHost(QLabel *label, QWidget *parent);
    QSize labelHint() const;

    QLabel *m_label;
    QSize m_hint;
};

} // namespace Easel
