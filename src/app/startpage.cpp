#include "startpage.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// Outside any namespace, as Q_INIT_RESOURCE requires: the starters live in a static library.
static void initStarterResources()
{
    Q_INIT_RESOURCE(starters);
}

namespace Easel {

namespace {

constexpr int StarterIndexRole = Qt::UserRole + 1;
constexpr int PathRole = Qt::UserRole + 2;

bool isOpenable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == "json"_L1 || suffix == "png"_L1 || suffix == "webp"_L1;
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_startersLabel(new QLabel(this))
    , m_starterList(new QListWidget(this))
    , m_recentLabel(new QLabel(this))
    , m_recentList(new QListWidget(this))
    , m_recentEmpty(new QLabel(this))
    , m_dropZone(new QLabel(this))
    , m_openButton(new QPushButton(this))
    , m_modelNotice(new QLabel(this))
{
    setObjectName(u"startPage"_s);
    setAcceptDrops(true);
    m_starterList->setObjectName(u"starterList"_s);
    m_recentList->setObjectName(u"recentList"_s);
    m_dropZone->setObjectName(u"dropZone"_s);
    m_openButton->setObjectName(u"startOpenButton"_s);
    m_modelNotice->setObjectName(u"modelNotice"_s);

    QFont heading = m_heading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    m_heading->setFont(heading);
    for (QLabel *label : {m_startersLabel, m_recentLabel}) {
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
    }
    m_startersLabel->setBuddy(m_starterList);
    m_recentLabel->setBuddy(m_recentList);
    m_starterList->setWordWrap(true);
    m_starterList->setSpacing(4);
    m_starterList->setUniformItemSizes(false);
    m_recentList->setTextElideMode(Qt::ElideMiddle);
    m_recentEmpty->setWordWrap(true);
    m_recentEmpty->setForegroundRole(QPalette::PlaceholderText); // readable, not greyed out as disabled
    m_dropZone->setAlignment(Qt::AlignCenter);
    m_dropZone->setWordWrap(true);
    m_dropZone->setMinimumHeight(72);
    m_dropZone->setFrameShape(QFrame::StyledPanel);
    m_dropZone->setFrameShadow(QFrame::Sunken);
    m_modelNotice->setWordWrap(true);
    m_modelNotice->setFrameShape(QFrame::StyledPanel);
    m_modelNotice->setContentsMargins(8, 6, 8, 6);
    m_modelNotice->setVisible(false);
    m_modelNotice->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(m_heading);
    layout->addWidget(m_modelNotice);
    auto *columns = new QGridLayout;
    columns->addWidget(m_startersLabel, 0, 0);
    columns->addWidget(m_starterList, 1, 0);
    columns->addWidget(m_recentLabel, 0, 1);
    columns->addWidget(m_recentList, 1, 1);
    columns->addWidget(m_recentEmpty, 1, 1, Qt::AlignTop);
    columns->setColumnStretch(0, 3);
    columns->setColumnStretch(1, 2);
    layout->addLayout(columns, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_dropZone, 1);
    bottom->addWidget(m_openButton, 0, Qt::AlignVCenter);
    layout->addLayout(bottom);

    connect(m_starterList, &QListWidget::itemActivated, this, &StartPage::chooseStarter);
    connect(m_starterList, &QListWidget::itemClicked, this, &StartPage::chooseStarter);
    connect(m_recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit openRequested(item->data(PathRole).toString()); });
    connect(m_openButton, &QPushButton::clicked, this, &StartPage::openDialogRequested);
    setTabOrder(m_starterList, m_recentList);
    setTabOrder(m_recentList, m_openButton);
    retranslate();
    setRecentFiles({});
}

StartPage::~StartPage() = default;

QList<Starter> StartPage::shippedStarters()
{
    initStarterResources();
    return StarterWorkflows::load(u":/starters"_s);
}

void StartPage::setStarters(const QList<Starter> &starters)
{
    m_starters = starters;
    m_starterList->clear();
    for (int i = 0; i < m_starters.size(); ++i) {
        const Starter &starter = m_starters.at(i);
        auto *item = new QListWidgetItem(u"%1\n%2"_s.arg(starter.title, starter.description), m_starterList);
        item->setData(StarterIndexRole, i);
        item->setToolTip(tr("Open “%1” as a new workflow").arg(starter.title));
        QFont font = item->font();
        item->setFont(font);
    }
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    m_recentList->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_recentList);
        item->setData(PathRole, path);
        item->setToolTip(path);
    }
    m_recentList->setVisible(!paths.isEmpty());
    m_recentEmpty->setVisible(paths.isEmpty());
}

void StartPage::setServerModels(int checkpoints)
{
    m_checkpoints = checkpoints;
    retranslate();
}

void StartPage::chooseStarter(QListWidgetItem *item)
{
    const int index = item ? item->data(StarterIndexRole).toInt() : -1;
    if (index >= 0 && index < m_starters.size())
        emit starterChosen(m_starters.at(index));
}

void StartPage::retranslate()
{
    m_heading->setText(tr("Start something"));
    m_startersLabel->setText(tr("&Starter workflows"));
    m_recentLabel->setText(tr("&Recent files"));
    m_recentEmpty->setText(tr("Workflows you open appear here."));
    // A list of file endings is one word for the eye: ", ." joined by a no-break space, or a
    // wide window wrapped it as "(.png," and ".webp)" (in whatever language it is shown).
    QString drop = tr("Drop a workflow (.json) or an image made with ComfyUI or Easel (.png, .webp) here");
    m_dropZone->setText(drop.replace(u", ."_s, u",\u00A0."_s));
    m_openButton->setText(tr("&Open…"));
    m_starterList->setAccessibleName(tr("Starter workflows"));
    m_recentList->setAccessibleName(tr("Recent files"));
    m_dropZone->setAccessibleName(tr("Drop zone"));
    m_modelNotice->setText(
        tr("<b>The server has no models.</b> Put a checkpoint (a .safetensors file) into the server's "
           "<tt>models/checkpoints</tt> folder and restart it, or download one with ComfyUI's model "
           "manager. Meanwhile, “Check the server (no model)” and “Upscale an image” run without one."));
    m_modelNotice->setVisible(m_checkpoints == 0);
}

void StartPage::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile() && isOpenable(urls.constFirst().toLocalFile()))
        event->acceptProposedAction();
}

void StartPage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    emit openRequested(urls.constFirst().toLocalFile());
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Easel
