#include "maskpatchcommand.h"

#include "maskcanvas.h"

namespace Easel {

void MaskPatchCommand::undo()
{
    m_canvas->applyPatch(m_rect, m_before);
}

void MaskPatchCommand::redo()
{
    if (m_first) {
        m_first = false; // the canvas already shows it
        return;
    }
    m_canvas->applyPatch(m_rect, m_after);
}

} // namespace Easel
