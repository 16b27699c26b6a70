#pragma once

#include "starterworkflows.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
QT_END_NAMESPACE

namespace Easel {

// What the window shows where the workflow goes while none is open: the starter
// workflows shipped with Easel (one click opens one ready to queue), the recent files, a
// drop zone for a workflow or an image that carries one, and, when the server has no
// model files, what to do about it. A first run has something to run at once, as the
// web UI's templates give.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);
    ~StartPage() override;

    // The starters as they are shipped (":/starters"); tests may give others.
    void setStarters(const QList<Starter> &starters);
    QList<Starter> starters() const { return m_starters; }
    void setRecentFiles(const QStringList &paths);
    // checkpoints: how many checkpoint files the server lists (-1: not known yet).
    void setServerModels(int checkpoints);
    QListWidget *starterList() const { return m_starterList; }
    QListWidget *recentList() const { return m_recentList; }
    QLabel *modelNotice() const { return m_modelNotice; }

    // Every starter shipped with Easel (the .qrc in resources/starters).
    static QList<Starter> shippedStarters();

signals:
    void starterChosen(const Easel::Starter &starter);
    void openRequested(const QString &path); // a recent file or a dropped file
    void openDialogRequested();              // "Open…"

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseStarter(QListWidgetItem *item);

    QList<Starter> m_starters;
    int m_checkpoints = -1;
    QLabel *m_heading;
    QLabel *m_startersLabel;
    QListWidget *m_starterList;
    QLabel *m_recentLabel;
    QListWidget *m_recentList;
    QLabel *m_recentEmpty;
    QLabel *m_dropZone;
    QPushButton *m_openButton;
    QLabel *m_modelNotice;
};

} // namespace Easel
