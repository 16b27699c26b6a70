#include "outputdetails.h"

#include "futurecallback.h"
#include "galleryworker.h"
#include "libraryindex.h"
#include "outputrecord.h"
#include "outputstore.h"
#include "parameterlabels.h"
#include "promptsummary.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Easel {

OutputDetails::OutputDetails(OutputStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new QLabel(this))
    , m_size(new QLabel(this))
    , m_form(new QWidget(this))
    , m_rows(new QFormLayout(m_form))
    , m_showPrompt(new QToolButton(this))
    , m_prompt(new QPlainTextEdit(this))
{
    setObjectName(u"outputDetails"_s);
    m_title->setObjectName(u"detailsTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_size->setObjectName(u"detailsSize"_s);
    // Wrapped: unwrapped, "The settings appear here when its picture is saved." made the
    // panel's rows wider than the panel (~195 px at 1366x768), which cut every row's end.
    m_size->setWordWrap(true);
    m_rows->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_showPrompt->setObjectName(u"detailsShowPrompt"_s);
    m_showPrompt->setText(tr("Show Prompt"));
    m_showPrompt->setToolTip(tr("The prompt exactly as it was queued (API JSON)"));
    m_showPrompt->setCheckable(true);
    m_showPrompt->setAutoRaise(true);
    m_prompt->setObjectName(u"detailsPrompt"_s);
    m_prompt->setReadOnly(true);
    m_prompt->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_prompt->setVisible(false);
    connect(m_showPrompt, &QToolButton::toggled, m_prompt, &QWidget::setVisible);

    auto *inner = new QWidget(this);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(8, 6, 8, 6);
    innerLayout->addWidget(m_title);
    innerLayout->addWidget(m_size);
    innerLayout->addWidget(m_form);
    innerLayout->addWidget(m_showPrompt, 0, Qt::AlignLeft);
    innerLayout->addWidget(m_prompt, 1);
    innerLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setMinimumWidth(200);
    clear();
}

void OutputDetails::clear()
{
    ++m_shown; // what the worker is reading for is no longer shown
    m_title->setText(tr("No output chosen"));
    m_size->clear();
    m_sizeText.clear();
    m_pixelText.clear();
    while (m_rows->rowCount() > 0)
        m_rows->removeRow(0);
    m_prompt->clear();
    m_showPrompt->setEnabled(false);
}

void OutputDetails::showPreview(const QString &jobName)
{
    clear();
    m_title->setText(tr("Preview of %1").arg(jobName));
    m_size->setText(tr("The settings appear here when its picture is saved."));
}

void OutputDetails::addRow(const QString &label, const QString &value, bool wrap)
{
    auto *field = new QLabel(value, m_form);
    const bool stacked = wrap || value.size() > 24;
    field->setWordWrap(stacked);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setTextFormat(Qt::PlainText);
    auto *name = new QLabel(label, m_form);
    name->setBuddy(field);
    // A long text (a prompt, a model's file name) under its label, across the panel's whole
    // width: beside the label it wrapped into a column of a few words in a narrow panel.
    if (stacked) {
        m_rows->addRow(name);
        m_rows->addRow(field);
    } else {
        m_rows->addRow(name, field);
    }
}

void OutputDetails::setPixelSize(const QSize &size)
{
    if (!size.isValid())
        return;
    m_pixelText = tr("%1 × %2 px").arg(size.width()).arg(size.height());
    m_size->setText(m_pixelText + m_sizeText);
}

void OutputDetails::showOutput(const OutputRef &output)
{
    clear();
    if (!output.isValid())
        return;
    m_title->setText(output.displayName());
    // The file's size is asked on a worker (with the record when there is one): a stat of
    // a file on a slow or sleeping disk, or a network share, must not hold the GUI thread.
    const quint64 asked = m_shown;
    const QString path = output.path;
    if (!m_store || output.id <= 0) {
        onFinished(QtConcurrent::run([path] { return QFileInfo(path).size(); }), this,
                   [this, asked](qint64 bytes) { showFileSize(asked, bytes); });
        return;
    }
    // The record and the job's prompt are read, and the prompt (big for a large graph)
    // summarised, on a worker's connection of its own, never on the GUI thread; the rows
    // come when they are in. An answer for an output no longer shown is dropped.
    const qint64 id = output.id;
    worker()->edit(
        [id, path](LibraryIndex &index, GalleryWorker::EditResult &result) {
            const std::optional<OutputRecord> record = index.output(id);
            const std::optional<JobRecord> job = record ? index.job(record->promptId) : std::nullopt;
            // Rows as {label, value, "wrap" or ""}; then the prompt as it was queued.
            QVariantList rows;
            const auto row = [&rows](const QString &label, const QString &value, bool wrap = false) {
                rows.append(QStringList{label, value, wrap ? u"wrap"_s : QString()});
            };
            QByteArray prompt;
            if (job && !job->apiJson.isEmpty()) {
                for (const PromptSetting &setting : promptSummary(job->apiJson))
                    row(setting.label(), setting.value, setting.kind == PromptSetting::Kind::Positive
                                                            || setting.kind == PromptSetting::Kind::Negative);
                // What this job changed against the batch's base workflow (a sweep's axes,
                // a randomized seed), named as the editor names them, not by ids.
                const QStringList lines = changedInputLines(job->apiJson, job->changedInputs);
                if (!lines.isEmpty())
                    row(tr("Differs from the batch"), lines.join(u'\n'), true);
                prompt = job->apiJson;
            }
            if (record) {
                const QString workflow = record->workflowName.isEmpty() && job ? job->workflowName : record->workflowName;
                if (!workflow.isEmpty())
                    row(tr("Workflow"), workflow);
                row(tr("Made"), QLocale().toString(record->createdAt.toLocalTime(), QLocale::ShortFormat));
                if (!record->tags.isEmpty())
                    row(tr("Tags"), record->tags.join(u", "_s));
                if (!record->server.isEmpty())
                    row(tr("Server"), record->server);
            }
            result.values = {rows, prompt, QFileInfo(path).size()};
        },
        [this, asked](const GalleryWorker::EditResult &result) {
            if (asked != m_shown)
                return;
            showFileSize(asked, result.values.value(2).toLongLong());
            for (const QVariant &row : result.values.value(0).toList()) {
                const QStringList fields = row.toStringList();
                addRow(fields.value(0), fields.value(1), !fields.value(2).isEmpty());
            }
            const QByteArray prompt = result.values.value(1).toByteArray();
            if (!prompt.isEmpty()) {
                m_prompt->setPlainText(QString::fromUtf8(prompt));
                m_showPrompt->setEnabled(true);
            }
        });
}

void OutputDetails::showFileSize(quint64 asked, qint64 bytes)
{
    if (asked != m_shown)
        return;
    m_sizeText = u" · %1"_s.arg(QLocale().formattedDataSize(bytes));
    // The pixel size may have come first; the file's size follows it.
    m_size->setText(m_pixelText.isEmpty() ? m_sizeText.mid(3) : m_pixelText + m_sizeText);
}

GalleryWorker *OutputDetails::worker()
{
    if (!m_worker)
        m_worker = new GalleryWorker(m_store->libraryDirectory(), m_store->databasePath(), this);
    return m_worker;
}

QStringList OutputDetails::changedInputLines(const QByteArray &apiJson, const QByteArray &changedInputsJson)
{
    const QJsonObject changed = QJsonDocument::fromJson(changedInputsJson).object();
    if (changed.isEmpty())
        return {};
    const ParameterLabels labels = ParameterLabels::fromApiPrompt(apiJson);
    QStringList lines;
    for (auto node = changed.begin(); node != changed.end(); ++node) {
        const QJsonObject inputs = node.value().toObject();
        for (auto input = inputs.begin(); input != inputs.end(); ++input) {
            const QJsonValue value = input.value();
            QString shown = value.isString() ? value.toString()
                                             : QString::fromUtf8(QJsonDocument(QJsonObject{{u"v"_s, value}})
                                                                     .toJson(QJsonDocument::Compact))
                                                   .mid(5)
                                                   .chopped(1);
            if (shown.size() > 60)
                shown = shown.left(57) + u"…"_s;
            lines.append(u"%1: %2"_s.arg(labels.label(node.key(), input.key()), shown));
        }
    }
    return lines;
}

QString OutputDetails::text() const
{
    QStringList lines{m_title->text(), m_size->text()};
    for (int row = 0; row < m_rows->rowCount(); ++row) {
        const auto widgetAt = [this](int at, QFormLayout::ItemRole role) -> QLabel * {
            const QLayoutItem *item = m_rows->itemAt(at, role);
            return item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
        };
        const QLabel *label = widgetAt(row, QFormLayout::LabelRole);
        const QLabel *field = widgetAt(row, QFormLayout::FieldRole);
        // A long text stacked under its label: two spanning rows, the label's buddy second.
        if (const QLabel *above = widgetAt(row, QFormLayout::SpanningRole); above && above->buddy()
                                                                            && row + 1 < m_rows->rowCount()) {
            label = above;
            field = widgetAt(++row, QFormLayout::SpanningRole);
        }
        if (label && field)
            lines.append(u"%1: %2"_s.arg(label->text(), field->text()));
    }
    return lines.join(u'\n');
}

} // namespace Easel
