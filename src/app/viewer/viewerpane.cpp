#include "viewerpane.h"

#include "elidedlabel.h"
#include "labelhost.h"

#include "comparepane.h"
#include "displaythrottle.h"
#include "filmstrip.h"
#include "outputdetails.h"
#include "gallerymodel.h"
#include "imageview.h"
#include "outputactions.h"
#include "outputstore.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace Easel {

ViewerPane::ViewerPane(OutputStore *store, QWidget *parent)
    : QWidget(parent)
    , m_actions(new OutputActions(store, this))
    , m_caption(new ElidedLabel(this))
    , m_info(new QLabel(this))
    , m_fit(new QToolButton(this))
    , m_actual(new QToolButton(this))
    , m_detailsButton(new QToolButton(this))
    , m_compare(new ComparePane(store, this))
    , m_details(new OutputDetails(store, this))
    , m_pages(new QStackedWidget(this))
    , m_image(new ImageView(this))
    , m_followShown(new DisplayThrottle(DisplayThrottle::frameMs, [this] { showFollowed(); }, this))
{
    setObjectName(u"viewerPane"_s);
    m_caption->setObjectName(u"viewerCaption"_s);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption->setMinimumWidth(40);
    m_info->setObjectName(u"viewerInfo"_s);
    m_info->setToolTip(tr("Pixel size and zoom"));
    m_fit->setObjectName(u"viewerFit"_s);
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit the picture to the window (F)"));
    m_fit->setAutoRaise(true);
    m_actual->setObjectName(u"viewerActualSize"_s);
    m_actual->setText(tr("100 %"));
    m_actual->setToolTip(tr("Show the picture's pixels one to one (1)"));
    m_actual->setAutoRaise(true);
    m_image->setPlaceholderText(tr("Queue a workflow: its live preview and its pictures appear here."));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 6, 2);
    bar->setSpacing(6);
    bar->addWidget(m_caption, 1);
    bar->addWidget(m_info);
    bar->addWidget(m_fit);
    bar->addWidget(m_actual);
    m_detailsButton->setObjectName(u"viewerDetailsButton"_s);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setToolTip(tr("The settings that made this output (I)"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setShortcut(QKeySequence(Qt::Key_I));
    bar->addWidget(m_detailsButton);

    m_pages->setObjectName(u"viewerPages"_s);
    m_pages->addWidget(m_image);
    m_pages->addWidget(m_compare);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"viewerSplitter"_s);
    split->addWidget(m_pages);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setCollapsible(0, false);
    split->setSizes({800, 280});
    m_details->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    // "Live preview", then each output's name, its size and zoom: no relayout of the window.
    LabelHost::wrap(m_caption);
    LabelHost::wrap(m_info);
    if (store) {
        m_filmstrip = new Filmstrip(store, this);
        layout->addWidget(m_filmstrip);
        connect(m_filmstrip, &Filmstrip::outputChosen, this, &ViewerPane::onOutputChosen);
        // A new output while following: the strip and the picture move at display rate, to
        // the newest output then (a burst between two frames shows its last one, once).
        connect(m_filmstrip, &Filmstrip::newestArrived, this, [this] {
            m_next = Next::Newest;
            m_stripBehind = true;
            m_followShown->request();
        });
        connect(m_filmstrip, &Filmstrip::followingChanged, this, [this](bool following) {
            // "Back to live": the newest output at once, not a frame later.
            if (following)
                m_followShown->flush();
            if (following && !m_lastPreview.isNull() && !m_previewJob.isEmpty() && !m_current.isValid())
                toggleLive();
        });
        connect(m_filmstrip, &Filmstrip::contextMenuRequested, this,
                [this](const OutputRef &output, const QPoint &position) {
                    QMenu *menu = m_actions->createMenu(output, this);
                    menu->setAttribute(Qt::WA_DeleteOnClose);
                    menu->popup(position);
                });
        connect(m_actions, &OutputActions::outputTrashed, this, [this](const OutputRef &output) {
            m_filmstrip->model()->removeIds({output.id});
            if (output == m_current) {
                m_current = {};
                m_image->clear();
                updateInfo();
            }
        });
    }

    connect(m_detailsButton, &QToolButton::toggled, this, &ViewerPane::setDetailsVisible);
    connect(m_actions, &OutputActions::detailsRequested, this, [this](const OutputRef &output) {
        showOutput(output);
        setDetailsVisible(true);
    });
    connect(m_actions, &OutputActions::compareRequested, this, &ViewerPane::startCompare);
    connect(m_compare, &ComparePane::closeRequested, this, &ViewerPane::closeCompare);
    connect(m_image, &ImageView::imageLoaded, this, [this](const QString &path) {
        if (path == m_current.path && !m_showingLive)
            m_details->setPixelSize(m_image->imageSize());
    });
    connect(m_fit, &QToolButton::clicked, m_image, &ImageView::fitToWindow);
    connect(m_actual, &QToolButton::clicked, m_image, [this] { m_image->setZoom(1.0); });
    connect(m_image, &ImageView::viewChanged, this, &ViewerPane::updateInfo);
    connect(m_image, &ImageView::imageLoaded, this, &ViewerPane::updateInfo);
    connect(m_image, &ImageView::loadFailed, this, [this](const QString &path, const QString &message) {
        m_caption->setText(tr("%1 cannot be shown: %2").arg(QFileInfo(path).fileName(), message));
    });
    connect(m_image, &ImageView::previousRequested, this, [this] {
        if (m_filmstrip)
            m_filmstrip->step(-1);
    });
    connect(m_image, &ImageView::nextRequested, this, [this] {
        if (m_filmstrip)
            m_filmstrip->step(1);
    });
    connect(m_image, &ImageView::toggleLiveRequested, this, &ViewerPane::toggleLive);
    connect(m_image, &ImageView::fullScreenRequested, this, &ViewerPane::toggleFullScreen);
    connect(m_image, &ImageView::escapePressed, this, &ViewerPane::leaveFullScreen);
    connect(m_image, &ImageView::contextMenuRequested, this, &ViewerPane::showContextMenu);
    connect(m_image, &ImageView::dragOutRequested, this, &ViewerPane::dragOut);
    updateInfo();
}

ViewerPane::~ViewerPane()
{
    // The image view lives in the full-screen window while it is shown: bring it home so
    // it is deleted with the pane.
    leaveFullScreen();
}

void ViewerPane::setMediaPage(QWidget *page)
{
    if (m_mediaPage) {
        m_pages->removeWidget(m_mediaPage);
        m_mediaPage->removeEventFilter(this);
    }
    m_mediaPage = page;
    if (page) {
        m_pages->addWidget(page);
        // The same menu (Copy File Path, Open With…) and drag-out as a picture has.
        page->installEventFilter(this);
    }
}

void ViewerPane::setDetailsVisible(bool visible)
{
    m_details->setVisible(visible);
    if (visible && m_detailsStale)
        refreshDetails();
    if (m_detailsButton->isChecked() != visible)
        m_detailsButton->setChecked(visible);
}

void ViewerPane::showOutput(const OutputRef &output)
{
    // Asked for: it replaces whatever following had waiting (the strip still moves to its
    // newest output at the frame, as it follows).
    m_next = Next::Nothing;
    if (!m_stripBehind)
        m_followShown->cancel();
    presentOutput(output);
}

void ViewerPane::onOutputChosen(const OutputRef &output)
{
    if (m_filmstrip && m_filmstrip->isFollowing()) {
        m_next = Next::Output;
        m_nextOutput = output;
        m_followShown->request();
        return;
    }
    showOutput(output);
}

void ViewerPane::showFollowed()
{
    const Next next = std::exchange(m_next, Next::Nothing);
    const bool stripBehind = std::exchange(m_stripBehind, false);
    // The artist picked something meanwhile: what followed waits.
    if (m_filmstrip && !m_filmstrip->isFollowing())
        return;
    // The strip highlights its newest output in the frame that shows the newest state, even
    // when that is a later job's live frame.
    const OutputRef newest = stripBehind ? m_filmstrip->followNewest() : OutputRef();
    if (next == Next::Preview)
        presentPreview();
    else if (next == Next::Output)
        presentOutput(m_nextOutput);
    else if (next == Next::Newest)
        presentOutput(newest);
}

void ViewerPane::presentOutput(const OutputRef &output)
{
    if (!output.isValid())
        return;
    if (m_compareBase.isValid() && !(output == m_compareBase)) {
        compareOutputs(m_compareBase, output);
        return;
    }
    if (isComparing()) {
        // Picking another output while comparing replaces the second side.
        compareOutputs(m_compare->left(), output);
        return;
    }
    m_current = output;
    m_showingLive = false;
    refreshDetails();
    // An animated PNG/WebP/GIF plays on the media page: the ref says so (the library's
    // kind, read with the gallery's page on its worker), not a query here.
    if ((output.kind() == OutputRef::Kind::Image && !output.animated) || !m_mediaPage) {
        m_pages->setCurrentWidget(m_image);
        if (m_image->path() != output.path || !m_image->hasImage())
            m_image->openFile(output.path, standInFor(output));
    } else {
        m_pages->setCurrentWidget(m_mediaPage);
        emit mediaOutputRequested(output);
    }
    updateInfo();
    emit currentOutputChanged(output);
}

void ViewerPane::refreshDetails()
{
    m_detailsStale = m_details->isHidden();
    if (m_detailsStale)
        return;
    if (m_showingLive) {
        m_detailsJob = m_previewJob;
        const QString name = m_jobNames ? m_jobNames(m_previewJob) : QString();
        m_details->showPreview(name.isEmpty() ? m_previewJob : name);
        return;
    }
    m_details->showOutput(m_current);
    if (m_current.isValid() && m_image->path() == m_current.path)
        m_details->setPixelSize(m_image->imageSize());
}

QImage ViewerPane::standInFor(const OutputRef &output) const
{
    // The filmstrip's thumbnail is this very file. Without one (it is still being made), the
    // job's last live frame: the same picture a step early (in a batch, possibly a sibling;
    // either way marked as a preview, and replaced as soon as the file is decoded).
    const QImage thumbnail = m_filmstrip ? m_filmstrip->cachedThumbnail(output.path) : QImage();
    if (thumbnail.isNull() && !output.promptId.isEmpty() && output.promptId == m_previewJob)
        return m_lastPreview;
    return thumbnail;
}

QString ViewerPane::caption() const
{
    return m_caption->text();
}

void ViewerPane::updateInfo()
{
    // While the second of a comparison is awaited the caption asks for it, whatever the
    // view does meanwhile (a zoom, a resize, a new output): a click picks it in the
    // filmstrip and in the library alike (the window passes the library's clicks on).
    // Short enough to be read whole beside the size and zoom at 1366x768; the where is in
    // its tooltip.
    m_caption->setToolTip(m_compareBase.isValid()
                              ? tr("Click another picture in the filmstrip or the library to compare it with %1.")
                                    .arg(m_compareBase.displayName())
                              : QString());
    if (m_compareBase.isValid())
        m_caption->setText(tr("Compare %1 with… click another picture").arg(m_compareBase.displayName()));
    else if (m_showingLive)
        m_caption->setText(tr("Live preview"));
    else if (m_current.isValid())
        m_caption->setText(m_current.displayName());
    else
        m_caption->setText(QString());
    m_info->setText(m_image->infoText());
    // While the second output is awaited the caption has the size's room too: at 1366x768
    // "Compare a.png with… click another picture" did not fit beside "512 × 512 px · 96 %".
    // (Comparing hides it as well, in compareOutputs; closing shows it again.)
    if (!isComparing())
        m_info->setVisible(!m_compareBase.isValid());
    const bool image = m_image->hasImage();
    m_fit->setEnabled(image);
    m_actual->setEnabled(image);
}

} // namespace Easel
