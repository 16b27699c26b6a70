#pragma once

#include <QImage>
#include <QRect>
#include <QUndoCommand>

namespace Easel {

class MaskCanvas;

// One undoable change of the mask: the pixels of a rectangle before and after it.
class MaskPatchCommand : public QUndoCommand
{
public:
    MaskPatchCommand(MaskCanvas *canvas, const QRect &rect, QImage before, QImage after, const QString &text)
        : QUndoCommand(text), m_canvas(canvas), m_rect(rect), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void undo() override;
    void redo() override;

private:
    MaskCanvas *m_canvas;
    QRect m_rect;
    QImage m_before;
    QImage m_after;
    bool m_first = true;
};

} // namespace Easel
