#include "comparepane.h"

#include "animationframes.h"
#include "comparecanvas.h"
#include "futurecallback.h"
#include "galleryworker.h"
#include "imagepyramid.h"
#include "libraryindex.h"
#include "outputrecord.h"
#include "outputstore.h"
#include "promptsummary.h"

#include <QButtonGroup>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
struct Pair
{
    std::shared_ptr<const ImagePyramid> left;
    std::shared_ptr<const ImagePyramid> right;
    QImage difference;
    std::shared_ptr<const AnimationFrames> leftFrames;  // moving pictures only
    std::shared_ptr<const AnimationFrames> rightFrames;
};

// Each side holds a quarter of a GiB of decoded frames at most (a 1080p video: about 30
// frames); what lies beyond is not offered for stepping.
constexpr qint64 maxFrameBytes = qint64(256) * 1024 * 1024;

// A video, or an animated GIF/WebP/PNG (a still PNG/WebP is compared as before).
bool isMoving(const OutputRef &output)
{
    if (output.kind() == OutputRef::Kind::Video)
        return true;
    const QString suffix = QFileInfo(output.path).suffix().toLower();
    if (suffix == u"png"_s) {
        QFile file(output.path);
        // acTL comes before the first IDAT, near the start of an animated PNG.
        return file.open(QIODevice::ReadOnly) && file.read(4096).contains("acTL");
    }
    if (suffix == u"webp"_s || suffix == u"gif"_s) {
        QImageReader reader(output.path);
        return reader.supportsAnimation() && reader.imageCount() > 1;
    }
    return false;
}

// One side: a pyramid of the still, or of the first frame plus every frame.
void loadSide(const OutputRef &output, std::shared_ptr<const ImagePyramid> *pyramid,
              std::shared_ptr<const AnimationFrames> *frames)
{
    if (!isMoving(output)) {
        *pyramid = std::make_shared<const ImagePyramid>(ImagePyramid::load(output.path));
        return;
    }
    auto decoded = std::make_shared<AnimationFrames>(output.kind() == OutputRef::Kind::Video
                                                         ? decodeVideo(output.path, maxFrameBytes)
                                                         : decodeAnimation(output.path, maxFrameBytes));
    ImagePyramid first = decoded->frames.isEmpty() ? ImagePyramid{} : ImagePyramid::fromImage(decoded->frames.first());
    if (first.isNull())
        first.error = decoded->error;
    *pyramid = std::make_shared<const ImagePyramid>(std::move(first));
    *frames = std::move(decoded);
}

// |A - B| per channel on the working copies (B scaled to A's), brightened so small
// differences show.
QImage difference(const QImage &a, const QImage &b)
{
    if (a.isNull() || b.isNull())
        return {};
    const QImage first = a.convertToFormat(QImage::Format_RGB32);
    const QImage second = (b.size() == a.size() ? b : b.scaled(a.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation))
                              .convertToFormat(QImage::Format_RGB32);
    QImage out(first.size(), QImage::Format_RGB32);
    for (int y = 0; y < first.height(); ++y) {
        const auto *p = reinterpret_cast<const QRgb *>(first.constScanLine(y));
        const auto *q = reinterpret_cast<const QRgb *>(second.constScanLine(y));
        auto *o = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < first.width(); ++x) {
            const auto channel = [](int u, int v) { return std::min(255, std::abs(u - v) * 4); };
            o[x] = qRgb(channel(qRed(p[x]), qRed(q[x])), channel(qGreen(p[x]), qGreen(q[x])),
                        channel(qBlue(p[x]), qBlue(q[x])));
        }
    }
    return out;
}
} // namespace

ComparePane::ComparePane(OutputStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_canvas(new CompareCanvas(this))
    , m_modes(new QButtonGroup(this))
    , m_frameBar(new QWidget(this))
    , m_scrubber(new QSlider(Qt::Horizontal, m_frameBar))
    , m_frameLabel(new QLabel(m_frameBar))
{
    setObjectName(u"comparePane"_s);
    m_pool.setMaxThreadCount(1);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 6, 2);
    auto *title = new QLabel(tr("Compare"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    bar->addWidget(title);
    const QList<std::pair<CompareCanvas::Mode, QString>> modes{
        {CompareCanvas::Mode::Wipe, tr("Wipe")},
        {CompareCanvas::Mode::SideBySide, tr("Side by Side")},
        {CompareCanvas::Mode::Difference, tr("Difference")}};
    for (const auto &[mode, text] : modes) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setChecked(mode == CompareCanvas::Mode::Wipe);
        button->setObjectName(u"compareMode%1"_s.arg(int(mode)));
        m_modes->addButton(button, int(mode));
        bar->addWidget(button);
    }
    bar->addStretch();
    auto *swap = new QToolButton(this);
    swap->setObjectName(u"compareSwap"_s);
    swap->setText(tr("Swap"));
    swap->setAutoRaise(true);
    auto *close = new QToolButton(this);
    close->setObjectName(u"compareClose"_s);
    close->setText(tr("Close Compare"));
    close->setToolTip(tr("Back to the single picture (Escape)"));
    close->setAutoRaise(true);
    bar->addWidget(swap);
    bar->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_canvas, 1);

    // One scrubber for both sides, shown only when they can be stepped together.
    auto *frames = new QHBoxLayout(m_frameBar);
    frames->setContentsMargins(6, 0, 6, 2);
    auto *previous = new QToolButton(m_frameBar);
    previous->setObjectName(u"compareFramePrevious"_s);
    previous->setText(tr("Previous Frame"));
    previous->setToolTip(tr("One frame back on both sides (,)"));
    previous->setAutoRaise(true);
    auto *next = new QToolButton(m_frameBar);
    next->setObjectName(u"compareFrameNext"_s);
    next->setText(tr("Next Frame"));
    next->setToolTip(tr("One frame forward on both sides (.)"));
    next->setAutoRaise(true);
    m_scrubber->setObjectName(u"compareScrubber"_s);
    m_scrubber->setAccessibleName(tr("Frame"));
    m_frameLabel->setObjectName(u"compareFrameLabel"_s);
    frames->addWidget(previous);
    frames->addWidget(m_scrubber, 1);
    frames->addWidget(next);
    frames->addWidget(m_frameLabel);
    m_frameBar->setVisible(false);
    layout->addWidget(m_frameBar);
    connect(previous, &QToolButton::clicked, this, [this] { stepFrame(-1); });
    connect(next, &QToolButton::clicked, this, [this] { stepFrame(1); });
    connect(m_scrubber, &QSlider::valueChanged, this, &ComparePane::setFrame);
    connect(m_canvas, &CompareCanvas::frameStepRequested, this, &ComparePane::stepFrame);

    connect(m_modes, &QButtonGroup::idClicked, this,
            [this](int id) { m_canvas->setMode(CompareCanvas::Mode(id)); });
    connect(swap, &QToolButton::clicked, this, [this] { compare(m_right, m_left); });
    connect(close, &QToolButton::clicked, this, &ComparePane::closeRequested);
    connect(m_canvas, &CompareCanvas::closeRequested, this, &ComparePane::closeRequested);
}

ComparePane::~ComparePane()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void ComparePane::compare(const OutputRef &left, const OutputRef &right)
{
    m_left = left;
    m_right = right;
    m_ready = false;
    m_frameCount = 0;
    m_frame = 0;
    m_shownFrame = -1;
    m_leftFrames.reset();
    m_rightFrames.reset();
    ++m_frameGeneration;
    m_frameBar->setVisible(false);
    // The names at once; the settings that differ when the jobs' prompts are read.
    buildLabels({}, {});
    m_canvas->setLabels(m_leftLabel, m_rightLabel);
    const int generation = ++m_generation;
    readSettings(generation);
    const auto loaded = QtConcurrent::run(&m_pool, [left, right] {
        Pair pair;
        loadSide(left, &pair.left, &pair.leftFrames);
        loadSide(right, &pair.right, &pair.rightFrames);
        if (!pair.left->isNull() && !pair.right->isNull())
            pair.difference = difference(pair.left->levels.first(), pair.right->levels.first());
        return pair;
    });
    onFinished(loaded, this, [this, generation](const Pair &pair) {
        if (generation != m_generation)
            return;
        m_canvas->setPictures(pair.left, pair.right);
        m_canvas->setDifference(pair.difference);
        m_leftFrames = pair.leftFrames;
        m_rightFrames = pair.rightFrames;
        const int leftCount = m_leftFrames ? int(m_leftFrames->frames.size()) : 0;
        const int rightCount = m_rightFrames ? int(m_rightFrames->frames.size()) : 0;
        if (leftCount > 1 && leftCount == rightCount && !m_leftFrames->truncated && !m_rightFrames->truncated) {
            m_frameCount = leftCount;
            m_shownFrame = 0;
            const QSignalBlocker blocker(m_scrubber);
            m_scrubber->setRange(0, m_frameCount - 1);
            m_scrubber->setValue(0);
            m_frameBar->setVisible(true);
            m_frameLabel->setText(tr("Frame %1 of %2").arg(1).arg(m_frameCount));
        } else if (m_leftFrames && m_rightFrames) {
            // Both move but cannot be stepped together: say why instead of a scrubber.
            m_frameBar->setVisible(true);
            m_frameLabel->setText(frameNote());
        }
        for (QWidget *control : m_frameBar->findChildren<QWidget *>()) {
            if (control != m_frameLabel)
                control->setVisible(m_frameCount > 1);
        }
        m_ready = true;
        m_canvas->setFocus();
        emit ready();
    });
}

QString ComparePane::frameNote() const
{
    if (m_frameCount > 1 || !m_leftFrames || !m_rightFrames)
        return {};
    if (m_leftFrames->truncated || m_rightFrames->truncated)
        return tr("Too long to compare frame by frame: the first frames are shown");
    return tr("Different lengths (%1 and %2 frames): the first frames are shown")
        .arg(m_leftFrames->frames.size())
        .arg(m_rightFrames->frames.size());
}

void ComparePane::setFrame(int index)
{
    if (m_frameCount < 2)
        return;
    index = std::clamp(index, 0, m_frameCount - 1);
    if (index == m_frame && index == m_shownFrame)
        return;
    m_frame = index;
    {
        const QSignalBlocker blocker(m_scrubber);
        m_scrubber->setValue(index);
    }
    m_frameLabel->setText(tr("Frame %1 of %2").arg(index + 1).arg(m_frameCount));
    // The pyramids and the difference of frame k are made on the worker; a newer request
    // makes this one's result stale (scrubbing fast shows the last frame asked for).
    const int generation = ++m_frameGeneration;
    const QImage leftImage = m_leftFrames->frames.at(index);
    const QImage rightImage = m_rightFrames->frames.at(index);
    const auto made = QtConcurrent::run(&m_pool, [leftImage, rightImage] {
        Pair pair;
        pair.left = std::make_shared<const ImagePyramid>(ImagePyramid::fromImage(leftImage));
        pair.right = std::make_shared<const ImagePyramid>(ImagePyramid::fromImage(rightImage));
        pair.difference = difference(leftImage, rightImage);
        return pair;
    });
    onFinished(made, this, [this, generation, index](const Pair &pair) {
        if (generation != m_frameGeneration)
            return;
        m_canvas->setFramePictures(pair.left, pair.right, pair.difference);
        m_shownFrame = index;
        emit frameShown(index);
    });
}

void ComparePane::readSettings(int generation)
{
    if (!m_store || (m_left.id <= 0 && m_right.id <= 0))
        return;
    // Both records and the jobs' prompts (big for a large graph) are read, and summarised,
    // on a worker's connection of the pane's own, never on the GUI thread; an answer for a
    // pair no longer compared is dropped.
    using Summaries = std::pair<QList<PromptSetting>, QList<PromptSetting>>;
    auto read = std::make_shared<Summaries>();
    if (!m_worker)
        m_worker = new GalleryWorker(m_store->libraryDirectory(), m_store->databasePath(), this);
    m_worker->edit(
        [ids = std::pair{m_left.id, m_right.id}, read](LibraryIndex &index, GalleryWorker::EditResult &) {
            const auto summaryOf = [&index](qint64 id) {
                if (id <= 0)
                    return QList<PromptSetting>();
                const auto record = index.output(id);
                const auto job = record ? index.job(record->promptId) : std::nullopt;
                return job ? promptSummary(job->apiJson) : QList<PromptSetting>();
            };
            *read = Summaries{summaryOf(ids.first), summaryOf(ids.second)};
        },
        [this, generation, read](const GalleryWorker::EditResult &) {
            if (generation != m_generation)
                return;
            buildLabels(read->first, read->second);
            m_canvas->setLabels(m_leftLabel, m_rightLabel);
        });
}

void ComparePane::buildLabels(const QList<PromptSetting> &left, const QList<PromptSetting> &right)
{
    const auto seedOf = [](const QList<PromptSetting> &settings) {
        for (const PromptSetting &setting : settings) {
            if (setting.kind == PromptSetting::Kind::Seed)
                return setting.value;
        }
        return QString();
    };
    const auto label = [&](const QString &side, const OutputRef &output, const QList<PromptSetting> &mine,
                           const QList<PromptSetting> &other) {
        QStringList lines{u"%1 · %2"_s.arg(side, output.displayName())};
        const QString seed = seedOf(mine);
        if (!seed.isEmpty())
            lines.append(tr("Seed %1").arg(seed));
        // This side's own value of every setting where the two differ (the other label
        // shows the other value): "Steps 20" here, "Steps 30" there.
        const auto valueOf = [](const QList<PromptSetting> &settings, PromptSetting::Kind kind) {
            QStringList values;
            for (const PromptSetting &setting : settings) {
                if (setting.kind == kind)
                    values.append(setting.value);
            }
            return values.join(u", "_s);
        };
        for (const auto kind : {PromptSetting::Kind::Positive, PromptSetting::Kind::Negative, PromptSetting::Kind::Steps,
                                PromptSetting::Kind::Cfg, PromptSetting::Kind::Sampler, PromptSetting::Kind::Scheduler,
                                PromptSetting::Kind::Denoise, PromptSetting::Kind::Model, PromptSetting::Kind::Size,
                                PromptSetting::Kind::Lora}) {
            const QString value = valueOf(mine, kind);
            if (value == valueOf(other, kind))
                continue;
            QString shown = value.isEmpty() ? tr("none") : value;
            if (shown.size() > 48)
                shown = shown.left(45) + u"…"_s;
            lines.append(u"%1 %2"_s.arg(PromptSetting{kind, {}}.label(), shown));
        }
        return lines.join(u'\n');
    };
    m_leftLabel = label(u"A"_s, m_left, left, right);
    m_rightLabel = label(u"B"_s, m_right, right, left);
}

} // namespace Easel
