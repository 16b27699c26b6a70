// ViewerPane's comparison of two outputs: "Compare With…" waiting for the second output,
// the compare page, and back to the single picture. Kept apart from the pane's following of
// outputs in viewerpane.cpp and from its live preview in viewerpanelive.cpp.
#include "viewerpane.h"

#include "comparepane.h"
#include "filmstrip.h"
#include "imageview.h"

#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>

namespace Easel {

bool ViewerPane::isComparing() const
{
    return m_pages->currentWidget() == m_compare;
}

void ViewerPane::startCompare(const OutputRef &base)
{
    if (!base.isValid())
        return;
    // The artist picks the second one: the strip stops following so it stays put.
    if (m_filmstrip)
        m_filmstrip->setFollowing(false);
    // The base is what the viewer shows meanwhile, as when compare starts from the picture
    // shown: from the library (or while comparing, or live) it was something else until
    // the second was picked. Highlighted in the strip when the strip holds it.
    m_compareBase = {};
    const bool wasComparing = isComparing();
    if (wasComparing) {
        m_pages->setCurrentWidget(m_image);
        for (QWidget *widget : {static_cast<QWidget *>(m_info), static_cast<QWidget *>(m_fit), static_cast<QWidget *>(m_actual)})
            widget->show();
    }
    if (wasComparing || m_showingLive || !(base == m_current)) {
        if (!(m_filmstrip && m_filmstrip->selectOutput(base.id))) {
            if (m_filmstrip)
                m_filmstrip->clearChoice();
            showOutput(base);
        }
    }
    m_compareBase = base;
    updateInfo();
}

void ViewerPane::compareOutputs(const OutputRef &leftOutput, const OutputRef &rightOutput)
{
    // Copies: the arguments may be our own members (the base, the pane's current sides).
    const OutputRef left = leftOutput;
    const OutputRef right = rightOutput;
    m_compareBase = {};
    if (m_filmstrip)
        m_filmstrip->setFollowing(false);
    m_compare->compare(left, right);
    m_pages->setCurrentWidget(m_compare);
    // The compare page has its own zoom; the single picture's size and zoom step aside.
    for (QWidget *widget : {static_cast<QWidget *>(m_info), static_cast<QWidget *>(m_fit), static_cast<QWidget *>(m_actual)})
        widget->hide();
    m_caption->setText(tr("Comparing %1 and %2").arg(left.displayName(), right.displayName()));
    m_caption->setToolTip(QString()); // the whole caption when it is cut, not the request's
}

void ViewerPane::closeCompare()
{
    // The viewer goes on with B, the picture picked to compare with: it is the one the
    // filmstrip highlights and the arrows move from (picking in the strip while comparing
    // replaces B), so the strip, the arrows and the picture agree without the strip
    // jumping back to A. B from the library, not in the strip: the strip shows no choice.
    const OutputRef shown = m_compare->right().isValid() ? m_compare->right() : m_compare->left();
    m_compareBase = {};
    m_pages->setCurrentWidget(m_image);
    for (QWidget *widget : {static_cast<QWidget *>(m_info), static_cast<QWidget *>(m_fit), static_cast<QWidget *>(m_actual)})
        widget->show();
    if (shown.isValid() && !(m_filmstrip && m_filmstrip->selectOutput(shown.id))) {
        if (m_filmstrip)
            m_filmstrip->clearChoice();
        showOutput(shown);
    }
    updateInfo();
    m_image->setFocus();
}

} // namespace Easel
