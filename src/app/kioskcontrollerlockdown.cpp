// KioskController's lock-down of the window: what is hidden, fixed in place, made inert or
// refused drops, so a visitor cannot leave the approved workflow or reach the disk.

#include "kioskcontroller.h"

#include "gallerywidget.h"
#include "jobqueue.h"
#include "jsontree.h"
#include "kioskescapefilter.h"
#include "mainwindow.h"
#include "maskeditor/imageinputcontroller.h"
#include "outputlistmodel.h"
#include "previewpane.h"
#include "viewer/imageview.h"
#include "workfloweditor.h"
#include "workflowfiltermodel.h"
#include "workflowmodel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Easel {

void KioskController::lockDown()
{
    MainWindow *w = m_window;
    w->setWindowFlags(w->windowFlags() | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    w->setAcceptDrops(false);
    w->menuBar()->hide();
    w->menuBar()->setEnabled(false);
    for (QToolBar *bar : w->findChildren<QToolBar *>())
        bar->hide();
    // The workflow's inputs and this session's pictures stay, fixed in place and without
    // title bars; every other dock (queue of other clients, log, library, servers) goes.
    for (QDockWidget *dock : w->findChildren<QDockWidget *>()) {
        dock->toggleViewAction()->setVisible(false);
        dock->toggleViewAction()->setEnabled(false);
        if (dock->objectName() == "editorDock"_L1 || dock->objectName() == "queueDock"_L1) {
            dock->setFloating(false);
            dock->setFeatures(QDockWidget::NoDockWidgetFeatures);
            dock->setTitleBarWidget(new QWidget(dock));
            dock->show();
        } else {
            dock->hide();
        }
    }
    makeActionsInert();

    // Only the big Generate button: no counts, sweeps (they set inputs past the locks) or
    // interrupts (the queue view with other clients' jobs is gone too).
    for (const char *name : {"countLabel", "countSpin", "sweepButton", "interruptButton", "logView"}) {
        // Every one of that name (the queue panel has an interrupt button of its own).
        for (QWidget *widget : w->findChildren<QWidget *>(QLatin1StringView(name))) {
            widget->hide();
            widget->setEnabled(false);
        }
    }
    // The window enables these again after each document change: cut them off as well.
    for (const char *name : {"sweepButton", "interruptButton"}) {
        for (QPushButton *button : w->findChildren<QPushButton *>(QLatin1StringView(name)))
            QObject::disconnect(button, &QPushButton::clicked, nullptr, nullptr);
    }
    if (auto *count = w->findChild<QSpinBox *>(u"countSpin"_s))
        count->setValue(1);
    // Generate asks the fair share and the rules first (KioskController::generate): the
    // window's action, the editor's Ctrl+Enter and the button below.
    if (auto *action = w->findChild<QAction *>(u"actionQueue"_s)) {
        QObject::disconnect(action, &QAction::triggered, w, nullptr);
        connect(action, &QAction::triggered, this, &KioskController::generate);
    }
    // Visitors read the inputs in the editor's words ("Positive prompt", "Seed", from
    // ParameterLabels) in the Simple view, where a workflow with such inputs opens. One
    // with none there opens the whole list, and it reads the same: the visitor's view
    // leaves out link rows, unconnected sockets and node ids, in either view.
    for (const char *name : {"simpleButton", "allButton"}) {
        if (auto *button = w->editor()->findChild<QAbstractButton *>(QLatin1StringView(name)))
            button->hide();
    }
    if (auto *tree = w->editor()->findChild<QTreeView *>(u"treeView"_s)) {
        if (auto *filter = qobject_cast<WorkflowFilterModel *>(tree->model()))
            filter->setVisitorView(true);
        // The labels are short ("Seed", "Upscale method"): the values get the rest of
        // the fixed dock rather than a cut "nearest-e…".
        tree->header()->setSectionResizeMode(WorkflowModel::NameColumn, QHeaderView::ResizeToContents);
    }
    QObject::disconnect(w->editor(), &WorkflowEditor::queueRequested, w, nullptr);
    connect(w->editor(), &WorkflowEditor::queueRequested, this, &KioskController::generate);
    // Visitors read the kiosk's own line only: the window's status bar (server address,
    // the server's errors) and progress line (node ids, failures) go to the log.
    w->statusBar()->hide();
    connect(w->statusBar(), &QStatusBar::messageChanged, this, [w](const QString &message) {
        if (message.isEmpty())
            return;
        qInfo().noquote() << "kiosk: status:" << message;
        w->statusBar()->clearMessage();
    });
    if (auto *line = w->findChild<QLabel *>(u"progressLabel"_s))
        line->hide();
    if (auto *queue = w->findChild<QPushButton *>(u"queueButton"_s)) {
        QObject::disconnect(queue, &QPushButton::clicked, w, nullptr);
        connect(queue, &QPushButton::clicked, this, &KioskController::generate);
        queue->setAutoRepeat(false);
        queue->setText(tr("Generate"));
        queue->setMinimumHeight(72);
        QFont font = queue->font();
        font.setPointSizeF(font.pointSizeF() * 1.8);
        font.setBold(true);
        queue->setFont(font);
    }
    if (auto *tabs = w->findChild<QTabWidget *>(u"outputTabs"_s)) {
        // Every tab but this session's: the queue (other clients' jobs), the library (past
        // sessions, the file system) and whatever other parts add (servers, say).
        for (int index = tabs->count() - 1; index >= 0; --index) {
            QWidget *tab = tabs->widget(index);
            if (tab->objectName() == "sessionTab"_L1)
                continue;
            tabs->removeTab(index);
            tab->hide();
            tab->setEnabled(false);
        }
        tabs->tabBar()->hide();
        // The library's own dock too, wherever a desktop session left it.
        if (auto *dock = w->findChild<QDockWidget *>(u"libraryDock"_s)) {
            dock->hide();
            dock->toggleViewAction()->setVisible(false);
            dock->toggleViewAction()->setEnabled(false);
        }
        // The window hides this tab behind its filmstrip; in a kiosk it is the gallery.
        tabs->setTabVisible(0, true);
        tabs->setCurrentIndex(0);
    }
    // The library's "Use these settings" (and its drops) would open a new document:
    // they go through the locks instead.
    if (auto *gallery = w->findChild<GalleryWidget *>()) {
        QObject::disconnect(gallery, &GalleryWidget::useSettingsRequested, w, nullptr);
        QObject::disconnect(gallery, &GalleryWidget::workflowFileOpened, w, nullptr);
        gallery->setAcceptDrops(false);
        connect(gallery, &GalleryWidget::useSettingsRequested, this,
                [this](const QByteArray &prompt, const QByteArray &, const QString &) { applySettings(prompt); });
    }
    if (auto *outputs = w->findChild<QListView *>(u"outputView"_s)) {
        // Double-click opened the file with the desktop's viewer.
        QObject::disconnect(outputs, &QAbstractItemView::activated, w, nullptr);
        outputs->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(outputs, &QWidget::customContextMenuRequested, this, &KioskController::showOutputMenu);
        outputs->setToolTip(tr("This session's pictures, newest first."));
        m_outputs = qobject_cast<OutputListModel *>(outputs->model());
        // An empty list says what will appear in it.
        auto *empty = new QLabel(tr("Your pictures appear here. Press Generate to make one."), outputs->viewport());
        empty->setObjectName(u"kioskOutputsEmpty"_s);
        empty->setWordWrap(true);
        empty->setAlignment(Qt::AlignCenter);
        empty->setForegroundRole(QPalette::PlaceholderText); // readable, not greyed out as disabled
        auto *emptyLayout = new QVBoxLayout(outputs->viewport());
        emptyLayout->addWidget(empty);
        if (QAbstractItemModel *model = outputs->model()) {
            const auto update = [empty, model] { empty->setVisible(model->rowCount() == 0); };
            connect(model, &QAbstractItemModel::rowsInserted, empty, update);
            connect(model, &QAbstractItemModel::rowsRemoved, empty, update);
            connect(model, &QAbstractItemModel::modelReset, empty, update);
            update();
        }
    }
    // Pictures into image inputs: pasting and dropping would send the visitor's own picture
    // to the server, as the upload from disk would (off); a mask is drawn only on an input
    // the rules leave editable, and is saved through the same check.
    if (auto *images = w->findChild<ImageInputController *>()) {
        WorkflowEditor *editor = w->editor();
        QObject::disconnect(editor, &WorkflowEditor::maskEditRequested, images, nullptr);
        QObject::disconnect(editor, &WorkflowEditor::imagePasteRequested, images, nullptr);
        QObject::disconnect(editor, &WorkflowEditor::imageDropped, images, nullptr);
        connect(editor, &WorkflowEditor::maskEditRequested, images, [editor, images](const QString &node,
                                                                                   const QString &input) {
            if (editor->model()->mayEdit(node, input))
                images->editMask(node, input);
        });
    }
    // The viewer: no drag of the picture out of the window (a file would leave), no window
    // of its own (F11), no menu; and no details panel, which names the server.
    for (ImageView *image : w->findChildren<ImageView *>()) {
        // Visitors have a Generate button, not a queue: the empty viewer speaks of it.
        image->setPlaceholderText(tr("Press Generate: the live preview and your pictures appear here."));
        QObject::disconnect(image, &ImageView::dragOutRequested, nullptr, nullptr);
        QObject::disconnect(image, &ImageView::fullScreenRequested, nullptr, nullptr);
        QObject::disconnect(image, &ImageView::contextMenuRequested, nullptr, nullptr);
    }
    for (const char *name : {"viewerDetailsButton", "outputDetails"}) {
        for (QWidget *widget : w->findChildren<QWidget *>(QLatin1StringView(name))) {
            if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                button->setChecked(false);
                QObject::disconnect(button, nullptr, nullptr, nullptr);
            }
            widget->hide();
            widget->setEnabled(false);
            widget->setMaximumSize(0, 0); // whatever shows it again shows nothing
        }
    }
    // Nothing is dragged out (files) or in (workflows, images).
    for (QAbstractItemView *view : w->findChildren<QAbstractItemView *>()) {
        view->setDragEnabled(false);
        view->setDragDropMode(QAbstractItemView::NoDragDrop);
        view->setAcceptDrops(false);
        view->viewport()->setAcceptDrops(false);
    }
    w->editor()->setAcceptDrops(false);
    if (auto *tree = w->editor()->findChild<QTreeView *>())
        tree->setContextMenuPolicy(Qt::NoContextMenu); // rename, bypass, mute
}

void KioskController::makeActionsInert()
{
    // Recent files would reopen any file the user had: the menu stays empty.
    QObject::disconnect(m_window->editor(), &WorkflowEditor::recentFilesChanged, m_window, nullptr);
    if (auto *recent = m_window->findChild<QMenu *>(u"menuRecent"_s)) {
        recent->clear();
        recent->setEnabled(false);
    }
    // Every action of the window's menus and tool bars but Queue: open, save, recent
    // files, preferences, quit, and whatever other parts add (server or profile choices).
    // Hidden, disabled, without shortcuts and disconnected, so nothing re-enables them.
    for (QAction *action : m_window->findChildren<QAction *>()) {
        QObject *owner = action->parent();
        const bool windowAction = owner == m_window || qobject_cast<QMenu *>(owner) || qobject_cast<QMenuBar *>(owner)
                                  || qobject_cast<QToolBar *>(owner);
        if (!windowAction || action->objectName() == "actionQueue"_L1)
            continue;
        action->setShortcuts({});
        action->setVisible(false);
        action->setEnabled(false);
        QObject::disconnect(action, &QAction::triggered, nullptr, nullptr);
        QObject::disconnect(action, &QAction::toggled, nullptr, nullptr);
    }
}

} // namespace Easel
