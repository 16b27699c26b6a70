#pragma once

#include <QImage>
#include <QObject>

QT_BEGIN_NAMESPACE
class QScrollBar;
QT_END_NAMESPACE

namespace Easel {

// Paints a scroll bar's groove from a picture kept between paints. The queue's and the
// filmstrip's bars move with every job or output; Fusion draws a groove as long lines and
// tall fills in translucent colours, and Qt 6.4's raster engine hands every such fill of 96
// rows (or line of 96 pixels) or more to the global thread pool in pieces and waits for
// them: 50-85 thread wake-ups and 100-135 us of CPU for each bar painted, where a groove
// drawn once and copied costs a few microseconds and no thread.
//
// Fusion paints a bar's parts in order: the groove, the handle, then the arrow buttons
// (which cover the handle's ends). So the groove (every part but the handle and the arrows)
// is drawn into the picture once per size, state and palette; each paint copies it, and
// Fusion draws the handle (in pieces when it is long) and the arrows over it as it did.
// The pixels are Qt's own
// (tst_queuerepaint scrollBarGroovePaintsAsQtDoes).
//
// An event filter on the bar, so the views keep Qt's bar and the connections Qt made to it.
// Qt paints the bar itself while the pointer is over it or a mouse button is down (which
// part is hovered or pressed Qt keeps to itself), and under any style but Fusion.
class ScrollBarGroove : public QObject
{
    Q_OBJECT
public:
    // Paints `bar` so from now on (owned by the bar).
    static ScrollBarGroove *install(QScrollBar *bar);

    // How often the groove was drawn into the picture (tests read it).
    qint64 grooveDraws() const { return m_grooveDraws; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Qt 6.4 splits a fill of 96 rows or more across threads: the handle is drawn in pieces
    // of fewer, each clipped to its piece. Fusion draws the handle up to a pixel or two
    // outside its rect (the margin).
    static constexpr int pieceLength = 88;
    static constexpr int handleMargin = 4;

    explicit ScrollBarGroove(QScrollBar *bar);
    bool paint();

    QScrollBar *m_bar;
    QImage m_groove;
    qint64 m_key[6] = {};
    qint64 m_grooveDraws = 0;
};

} // namespace Easel
