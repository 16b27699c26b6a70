#include "comparepane.h"

#include "comparecanvas.h"
#include "futurecallback.h"
#include "imagepyramid.h"
#include "libraryindex.h"
#include "outputrecord.h"
#include "outputstore.h"
#include "promptsummary.h"

#include <QButtonGroup>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
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
};

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
    buildLabels();
    m_canvas->setLabels(m_leftLabel, m_rightLabel);
    const int generation = ++m_generation;
    const QString leftPath = left.path;
    const QString rightPath = right.path;
    const auto loaded = QtConcurrent::run(&m_pool, [leftPath, rightPath] {
        Pair pair;
        pair.left = std::make_shared<const ImagePyramid>(ImagePyramid::load(leftPath));
        pair.right = std::make_shared<const ImagePyramid>(ImagePyramid::load(rightPath));
        if (!pair.left->isNull() && !pair.right->isNull())
            pair.difference = difference(pair.left->levels.first(), pair.right->levels.first());
        return pair;
    });
    onFinished(loaded, this, [this, generation](const Pair &pair) {
        if (generation != m_generation)
            return;
        m_canvas->setPictures(pair.left, pair.right);
        m_canvas->setDifference(pair.difference);
        m_ready = true;
        m_canvas->setFocus();
        emit ready();
    });
}

void ComparePane::buildLabels()
{
    const auto summaryOf = [this](const OutputRef &output) {
        if (!m_store || output.id <= 0)
            return QList<PromptSetting>();
        const auto record = m_store->index()->output(output.id);
        const auto job = record ? m_store->index()->job(record->promptId) : std::nullopt;
        return job ? promptSummary(job->apiJson) : QList<PromptSetting>();
    };
    const QList<PromptSetting> left = summaryOf(m_left);
    const QList<PromptSetting> right = summaryOf(m_right);
    const auto seedOf = [](const QList<PromptSetting> &settings) {
        for (const PromptSetting &setting : settings) {
            if (setting.kind == PromptSetting::Kind::Seed)
                return setting.value;
        }
        return QString();
    };
    const auto label = [&](const QString &side, const OutputRef &output, const QList<PromptSetting> &mine,
                           const QList<PromptSetting> &other) {
        QStringList lines{u"%1 · %2"_s.arg(side, QFileInfo(output.path).fileName())};
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
