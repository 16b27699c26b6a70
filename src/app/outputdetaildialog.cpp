#include "outputdetaildialog.h"

#include "compareview.h"
#include "futurecallback.h"
#include "galleryworker.h"
#include "libraryindex.h"
#include "parameterlabels.h"
#include "pngchunkscreen.h"
#include "promptsummary.h"
#include "viewer/outputdetails.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGraphicsPixmapItem>
#include <QGraphicsView>
#include <QImageReader>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
// The whole picture, decoded on a pool thread: a large output must not hold up the window.
QImage decodePicture(const QString &path)
{
    if (path.isEmpty() || !PngChunkScreen::fileProblem(path).isEmpty())
        return {};
    QImageReader reader(path);
    reader.setAutoTransform(true);
    return reader.read();
}
} // namespace

OutputDetailDialog::OutputDetailDialog(const QString &libraryDirectory, const QString &databasePath,
                                       qint64 outputId, QWidget *parent)
    : QDialog(parent)
    , m_image(new QGraphicsView(this))
    , m_parameters(new QPlainTextEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_compare(new CompareView(this))
    , m_split(new QSlider(Qt::Horizontal, this))
{
    setObjectName(u"outputDetailDialog"_s);
    resize(1100, 750);
    setWindowTitle(tr("Output"));

    auto *scene = new QGraphicsScene(this);
    m_picture = scene->addPixmap(QPixmap());
    m_image->setObjectName(u"detailImage"_s);
    m_image->setScene(scene);
    m_image->setDragMode(QGraphicsView::ScrollHandDrag);
    m_image->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_image->viewport()->installEventFilter(this);

    m_parameters->setObjectName(u"detailParameters"_s);
    m_parameters->setReadOnly(true);
    m_parameters->setAccessibleName(tr("Settings of this output"));
    m_parameters->setTabChangesFocus(true); // read only: Tab moves on rather than getting stuck
    // Until the record is in, the dialog says so (and offers nothing that needs it).
    m_parameters->setPlainText(tr("Reading the settings of this output…"));

    auto *compareTab = new QWidget(this);
    auto *compareLayout = new QVBoxLayout(compareTab);
    compareLayout->addWidget(m_compare, 1);
    compareLayout->addWidget(m_split);
    m_split->setObjectName(u"compareSlider"_s);
    m_split->setRange(0, 1000);
    m_split->setValue(500);
    connect(m_split, &QSlider::valueChanged, this, [this](int value) { m_compare->setSplit(value / 1000.0); });

    m_tabs->addTab(m_image, tr("Image"));
    m_tabs->addTab(compareTab, tr("Compare"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_parameters);
    splitter->setStretchFactor(0, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // The actions sit beside the box, not in it: buttons a QDialogButtonBox is given after
    // it was made ended up in a Tab loop of their own (the keyboard never reached Close).
    auto *use = new QPushButton(tr("Use these settings"), this);
    use->setObjectName(u"useSettingsButton"_s);
    auto *compare = new QPushButton(tr("Compare with…"), this);
    compare->setObjectName(u"compareWithButton"_s);
    auto *copySeed = new QPushButton(tr("Copy seed"), this);
    copySeed->setObjectName(u"copySeedButton"_s);
    auto *copyDetails = new QPushButton(tr("Copy details"), this);
    copyDetails->setObjectName(u"copyDetailsButton"_s);
    copyDetails->setToolTip(tr("Copies these settings with the prompt and node IDs, for a bug report or the server's log"));
    connect(copyDetails, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(detailsText()); });
    connect(use, &QPushButton::clicked, this, &OutputDetailDialog::useSettingsRequested);
    connect(copySeed, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_seed); });
    connect(compare, &QPushButton::clicked, this, [this] {
        const QString other = QFileDialog::getOpenFileName(this, tr("Compare with"), QFileInfo(m_path).absolutePath());
        if (!other.isEmpty())
            compareWith(other);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Tab from the tab bar skipped the picture: the order is set here, as the dialog reads
    // (tabs, picture, settings, then the buttons left to right).
    QWidget::setTabOrder(m_tabs->tabBar(), m_image);
    QWidget::setTabOrder(m_image, m_parameters);
    QWidget::setTabOrder(m_parameters, use);
    QWidget::setTabOrder(use, compare);
    QWidget::setTabOrder(compare, copySeed);
    QWidget::setTabOrder(copySeed, copyDetails);
    QWidget::setTabOrder(copyDetails, buttons->button(QDialogButtonBox::Close));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    auto *buttonRow = new QHBoxLayout;
    for (QPushButton *button : {use, compare, copySeed, copyDetails}) {
        button->setAutoDefault(false);
        buttonRow->addWidget(button);
    }
    buttonRow->addStretch();
    buttonRow->addWidget(buttons);
    layout->addLayout(buttonRow);
    m_needRecord = {compare, copySeed, copyDetails};
    for (QPushButton *button : std::as_const(m_needRecord))
        button->setEnabled(false);

    // The record and the job (its prompt is big for a large graph) are read, and the
    // prompt summarised, on a worker's connection of its own: another process's write
    // lock or a busy disk never holds the GUI thread while the dialog opens.
    m_worker = new GalleryWorker(libraryDirectory, databasePath, this);
    m_worker->edit([outputId](LibraryIndex &library, GalleryWorker::EditResult &result) {
        const std::optional<OutputRecord> record = library.output(outputId);
        const std::optional<JobRecord> job = record ? library.job(record->promptId) : std::nullopt;
        const Read read = describe(record, job);
        result.values = {read.found, read.title, read.path, read.seed, read.lines, read.technical};
    },
                   [this](const GalleryWorker::EditResult &result) {
                       Read read;
                       read.found = result.values.value(0).toBool();
                       read.title = result.values.value(1).toString();
                       read.path = result.values.value(2).toString();
                       read.seed = result.values.value(3).toString();
                       read.lines = result.values.value(4).toStringList();
                       read.technical = result.values.value(5).toStringList();
                       showRead(read);
                   });
}

OutputDetailDialog::Read OutputDetailDialog::describe(const std::optional<OutputRecord> &record,
                                                      const std::optional<JobRecord> &job)
{
    Read read;
    if (!record) {
        read.title = tr("Output");
        read.lines = {tr("This output is no longer in the library.")};
        return read;
    }
    read.found = true;
    read.path = record->path;
    read.seed = record->seed;
    // Its own name: identical outputs share one file, named after the first of them.
    read.title = record->serverFileName.isEmpty() ? QFileInfo(record->path).fileName() : record->serverFileName;

    // What made it, in the editor's words, as the viewer's details say it: the settings
    // from the prompt that ran ("Positive prompt", "Seed", "CFG"), what the job changed,
    // the node that wrote the file by its label. The ids a bug report needs (prompt and
    // node) are only in what "Copy details" copies.
    QStringList &lines = read.lines;
    const QList<PromptSetting> settings = job ? promptSummary(job->apiJson) : QList<PromptSetting>();
    for (const PromptSetting &setting : settings)
        lines << tr("%1: %2", "a setting's label and its value").arg(setting.label(), setting.value);
    if (settings.isEmpty()) { // an output of a prompt Easel did not record
        if (!record->promptText.isEmpty())
            lines << tr("Prompt: %1").arg(record->promptText);
        if (!record->seed.isEmpty())
            lines << tr("Seed: %1").arg(record->seed);
    }
    if (job) {
        const QStringList changed = OutputDetails::changedInputLines(job->apiJson, job->changedInputs);
        if (!changed.isEmpty())
            lines << tr("Changed inputs:") << changed;
    }
    const ParameterLabels labels = job ? ParameterLabels::fromApiPrompt(job->apiJson) : ParameterLabels();
    const QString maker = labels.nodeLabel(record->nodeId);
    if (!maker.isEmpty() && maker != record->nodeId) // a node the prompt names
        lines << tr("Made by: %1", "the label of the node that wrote the file, e.g. Save Image").arg(maker);
    const QString workflow = record->workflowName.isEmpty() && job ? job->workflowName : record->workflowName;
    if (!workflow.isEmpty())
        lines << tr("Workflow: %1").arg(workflow);
    lines << tr("Created: %1").arg(QLocale().toString(record->createdAt.toLocalTime()))
          << tr("Size: %1").arg(QLocale().formattedDataSize(record->size));
    if (!record->tags.isEmpty())
        lines << tr("Tags: %1").arg(record->tags.join(u", "_s));
    lines << tr("File: %1").arg(QDir::toNativeSeparators(record->path));
    if (!record->server.isEmpty())
        lines << tr("Server: %1").arg(record->server);
    read.technical = {tr("Prompt ID: %1").arg(record->promptId), tr("Node ID: %1").arg(record->nodeId)};
    return read;
}

void OutputDetailDialog::showRead(const Read &read)
{
    m_read = true;
    m_path = read.path;
    m_seed = read.seed;
    m_technical = read.technical;
    setWindowTitle(read.title);
    m_parameters->setPlainText(read.lines.join(u'\n'));
    for (QPushButton *button : std::as_const(m_needRecord))
        button->setEnabled(read.found);
    if (read.found) {
        onFinished(QtConcurrent::run(decodePicture, m_path), this, [this](const QImage &image) {
            m_picture->setPixmap(QPixmap::fromImage(image));
            m_picture->scene()->setSceneRect(m_picture->boundingRect());
        });
    }
    // A comparison asked before the record was in starts now that its path is known.
    if (!m_pendingCompare.isEmpty())
        compareWith(std::exchange(m_pendingCompare, QString()));
    emit detailsRead();
}

QString OutputDetailDialog::parametersText() const
{
    return m_parameters->toPlainText();
}

QString OutputDetailDialog::detailsText() const
{
    return (QStringList{parametersText()} + m_technical).join(u'\n');
}

void OutputDetailDialog::compareWith(const QString &otherPath)
{
    m_tabs->setCurrentIndex(1);
    if (!m_read) {
        m_pendingCompare = otherPath;
        return;
    }
    const QString path = m_path;
    onFinished(QtConcurrent::run([path, otherPath] { return std::pair{decodePicture(path), decodePicture(otherPath)}; }),
               this, [this](const std::pair<QImage, QImage> &pictures) {
                   m_compare->setImages(pictures.first, pictures.second);
               });
}

bool OutputDetailDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_image->viewport() && event->type() == QEvent::Wheel) {
        // Wheel zooms about the pointer; dragging pans (ScrollHandDrag).
        const double factor = static_cast<QWheelEvent *>(event)->angleDelta().y() > 0 ? 1.25 : 0.8;
        m_image->scale(factor, factor);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Easel
