// MainWindow's viewer and docks: the viewer at the centre with its filmstrip, media page
// and output actions, the library beside it, and the docks around them.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "docklayout.h"
#include "gallerymodel.h"
#include "gallerywidget.h"
#include "mediaplayerpage.h"
#include "outputstore.h"
#include "queueservers.h"
#include "viewer/filmstrip.h"
#include "viewer/librarydock.h"
#include "viewer/libraryfocus.h"
#include "viewer/outputactions.h"
#include "viewer/viewerpane.h"

#include <QDockWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Easel {

void MainWindow::showLibraryState()
{
    const int tab = m_ui->outputTabs->indexOf(m_ui->libraryTab);
    switch (m_store->libraryState()) {
    case OutputStore::LibraryState::Closed:
    case OutputStore::LibraryState::Opening:
        m_ui->outputTabs->setTabToolTip(tab, tr("Opening the output library…"));
        break;
    case OutputStore::LibraryState::Open:
        if (tab >= 0 && !m_ui->outputTabs->isTabEnabled(tab)) {
            // Opened after all (another process let go of it): what it holds shows now.
            m_ui->outputTabs->setTabEnabled(tab, true);
            m_gallery->model()->reload();
            log(tr("The output library is open."));
        }
        m_ui->outputTabs->setTabToolTip(tab, {});
        break;
    case OutputStore::LibraryState::Failed: {
        // Jobs still run; their outputs stay on the server, each job failing with the reason.
        const QString message = tr("The output library cannot be opened: %1").arg(m_store->errorString());
        m_ui->outputTabs->setTabEnabled(tab, false);
        m_ui->outputTabs->setTabToolTip(tab, message);
        log(message);
        break;
    }
    }
}

// The viewer at the centre, and the one set of output actions wired to the window.
void MainWindow::setUpViewer()
{
    m_viewer = new ViewerPane(m_store, this);
    m_ui->previewLayout->addWidget(m_viewer);
    // The filmstrip in a dock under the viewer: it can go to a side, or be closed for a
    // taller picture.
    QDockWidget *filmstripDock = nullptr;
    if (m_viewer->filmstrip()) {
        filmstripDock = new QDockWidget(tr("Filmstrip"), this);
        filmstripDock->setObjectName(u"filmstripDock"_s);
        filmstripDock->setWidget(m_viewer->filmstrip()); // out of the viewer's layout
        addWorkspaceDock(filmstripDock, Qt::BottomDockWidgetArea, true);
        // Previews are decoded only while the viewer follows the live job (it shows them);
        // the newest frame waits undecoded meanwhile, for "Back to live".
        Filmstrip *strip = m_viewer->filmstrip();
        m_servers->setPreviewsWanted(strip->isFollowing());
        connect(strip, &Filmstrip::followingChanged, m_servers, &QueueServers::setPreviewsWanted);
    }
    // Video, animations, sound and text play on the viewer's media page.
    auto *media = new MediaPlayerPage;
    m_viewer->setMediaPage(media);
    connect(m_viewer, &ViewerPane::mediaOutputRequested, media, &MediaPlayerPage::showOutput);
    // This session's outputs are the filmstrip under the viewer (a filter of the library);
    // the old list stays for the kiosk, which shows it as its gallery.
    if (m_viewer->filmstrip())
        m_ui->outputTabs->setTabVisible(m_ui->outputTabs->indexOf(m_ui->sessionTab), false);
    OutputActions *actions = m_viewer->actions();
    connect(actions, &OutputActions::messageRaised, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
        log(message);
    });
    connect(actions, &OutputActions::useSettingsRequested, this, &MainWindow::useOutputSettings);
    connect(actions, &OutputActions::showWorkflowRequested, this,
            [this](const QString &path, const QByteArray &apiPromptJson) {
                if (apiPromptJson.isEmpty())
                    openWorkflow(path); // the file's embedded workflow
                else
                    useOutputSettings(apiPromptJson);
            });
    if (m_gallery) {
        connect(actions, &OutputActions::favouriteChanged, m_gallery->model(), &GalleryModel::noteFavourite);
        connect(actions, &OutputActions::favouriteChanged, m_viewer->filmstrip()->model(), &GalleryModel::noteFavourite);
        connect(actions, &OutputActions::tagsChanged, m_gallery->model(), &GalleryModel::noteTagsChanged);
        connect(actions, &OutputActions::outputTrashed, this,
                [this](const OutputRef &output) { m_gallery->model()->removeIds({output.id}); });
        // The library can have the whole window (Ctrl+L); opening an item brings the
        // viewer back and shows it there: one viewer everywhere.
        auto *focus = new LibraryFocus(m_ui->outputTabs, m_ui->libraryTab,
                                       {m_ui->editorDock, centralWidget(), filmstripDock, m_ui->logDock}, this);
        focus->setObjectName(u"libraryFocus"_s);
        m_ui->menuView->insertAction(m_ui->menuView->actions().value(0), focus->action());
        addAction(focus->action());
        connect(m_gallery, &GalleryWidget::outputOpened, focus, [focus] { focus->setActive(false); });
        connect(m_gallery, &GalleryWidget::outputOpened, m_viewer, &ViewerPane::showOutput);
        // "Compare with…" takes its second output from a click in the library too.
        connect(m_gallery, &GalleryWidget::outputClicked, m_viewer, [this](const OutputRef &output) {
            if (m_viewer->isAwaitingCompare())
                m_viewer->showOutput(output);
        });
        connect(m_gallery, &GalleryWidget::compareRequested, focus, [focus] { focus->setActive(false); });
        connect(m_gallery, &GalleryWidget::compareRequested, m_viewer, &ViewerPane::compareOutputs);
        m_gallery->setOutputActions(actions);
        // Or the library in a dock of its own, as tall as the user makes it; hidden until
        // asked for, and where the last session left it (restoreState, then syncPlacement).
        m_libraryDock = new LibraryDock(m_gallery, m_ui->outputTabs, m_ui->libraryTab, this);
        addWorkspaceDock(m_libraryDock, Qt::RightDockWidgetArea, false);
        connect(m_docks, &DockLayout::layoutReset, m_libraryDock, &LibraryDock::syncPlacement);
    }
}

// The viewer is the central widget; everything else is a dock around it (ux.md: the
// picture is the point). Defaults: the workflow on the left, the queue on the right, both
// the window's full height; the filmstrip under the viewer; the log hidden.
void MainWindow::setUpDocks()
{
    m_docks = new DockLayout(this, m_ui->menuView);
    m_docks->setObjectName(u"dockLayout"_s);
    m_docks->add(m_ui->editorDock, {Qt::LeftDockWidgetArea, true, 0.3, 360, 560});
    m_docks->add(m_ui->queueDock, {Qt::RightDockWidgetArea, true, 0.24, 300, 460});
    m_docks->add(m_ui->logDock, {Qt::BottomDockWidgetArea, false, 0.15, 100, 240});
    m_ui->queueDock->setMinimumWidth(200);
    connect(m_docks, &DockLayout::layoutReset, this, [this] {
        if (m_servers->serverModel())
            showServersDock();
    });
}

void MainWindow::addWorkspaceDock(QDockWidget *dock, Qt::DockWidgetArea side, bool shownByDefault, double share)
{
    m_docks->add(dock, {side, shownByDefault, share, 0, 100000});
}

} // namespace Easel
