#pragma once

#include <QLabel>

namespace Easel {

// A one-line label that ends its text with an ellipsis where it has no room, rather than
// cutting it mid-letter at its edge (QLabel clips: "Compare a.png with… pick another c"
// beside the viewer's zoom buttons at 1366x768). text() stays whole; the tooltip shows it
// whole while it is cut. Painted as QLabel paints when the text fits, so selecting it
// with the mouse still works there.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;

    // What is painted now: the text, or its start and an ellipsis.
    QString shownText() const;
    bool isElided() const { return shownText() != text(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
};

} // namespace Easel
