// ViewerPane's live preview: the running job's frames (shown while following), Space
// between them and the last output, a queue job clicked, and following again when the
// artist queues. Kept apart from the pane's outputs in viewerpane.cpp.
#include "viewerpane.h"

#include "displaythrottle.h"
#include "filmstrip.h"
#include "imageview.h"

#include <QStackedWidget>

namespace Easel {

void ViewerPane::showPreview(const QString &jobId, const QString &nodeId, const QImage &image)
{
    Q_UNUSED(nodeId)
    if (image.isNull())
        return;
    m_lastPreview = image;
    m_previewJob = jobId;
    // While the artist looks at an output they picked, frames wait for Space or "Back to live".
    if (m_filmstrip && !m_filmstrip->isFollowing())
        return;
    m_next = Next::Preview;
    m_followShown->request();
}

void ViewerPane::presentPreview()
{
    if (m_lastPreview.isNull())
        return;
    if (!m_showingLive) {
        m_showingLive = true;
        m_pages->setCurrentWidget(m_image);
        m_image->showImage(m_lastPreview);
        refreshDetails();
        updateInfo();
        return;
    }
    // The details speak of what is on screen: the running job, not the output shown before.
    if (m_detailsJob != m_previewJob || m_detailsStale)
        refreshDetails();
    m_image->showImage(m_lastPreview);
}

void ViewerPane::showJob(const QString &promptId)
{
    if (m_filmstrip && m_filmstrip->showJob(promptId))
        return;
    // Nothing stored yet: the job is running or waiting; follow it live.
    if (m_filmstrip)
        m_filmstrip->setFollowing(true);
}

void ViewerPane::toggleLive()
{
    if (m_showingLive) {
        if (!m_current.isValid())
            return;
        m_showingLive = false;
        m_pages->setCurrentWidget(m_image);
        refreshDetails();
        m_image->openFile(m_current.path, standInFor(m_current));
    } else {
        if (m_lastPreview.isNull())
            return;
        m_showingLive = true;
        m_pages->setCurrentWidget(m_image);
        m_image->showImage(m_lastPreview);
        refreshDetails();
    }
    updateInfo();
}

void ViewerPane::followNewWork()
{
    if (m_filmstrip && !isComparing() && !isAwaitingCompare())
        m_filmstrip->setFollowing(true);
}

} // namespace Easel
