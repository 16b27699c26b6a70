#include "sweepdialog.h"

#include "parameterlabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

SweepDialog::SweepDialog(const QByteArray &promptJson, QWidget *parent)
    : QDialog(parent)
    , m_prompt(promptJson)
    , m_label(new QLineEdit(this))
    , m_repeat(new QSpinBox(this))
    , m_seedMode(new QComboBox(this))
    , m_server(new QComboBox(this))
    , m_serverLabel(new QLabel(tr("&Run on:"), this))
    , m_seedCount(new QSpinBox(this))
    , m_seedStart(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Queue Jobs"));
    setObjectName(QStringLiteral("sweepDialog"));
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatSpin"));
    m_seedMode->setObjectName(QStringLiteral("seedModeCombo"));
    m_seedCount->setObjectName(QStringLiteral("seedCountSpin"));
    m_seedStart->setObjectName(QStringLiteral("seedStartEdit"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_server->setObjectName(QStringLiteral("runOnCombo"));
    m_server->setToolTip(tr("Any server of the farm, or only this one for the whole batch"));
    m_serverLabel->setBuddy(m_server);
    m_server->setVisible(false);
    m_serverLabel->setVisible(false);

    m_label->setPlaceholderText(tr("Batch label"));
    m_seedStart->setAccessibleName(tr("First seed"));
    m_seedCount->setAccessibleName(tr("Number of seeds"));
    m_repeat->setRange(1, 10000);
    m_seedMode->addItem(tr("Keep the workflow's seeds"), int(SweepSpec::SeedMode::Unchanged));
    m_seedMode->addItem(tr("Seeds counting up from"), int(SweepSpec::SeedMode::Sequential));
    m_seedMode->addItem(tr("Random seeds"), int(SweepSpec::SeedMode::Random));
    m_seedCount->setRange(1, 100000);
    m_seedStart->setText(u"0"_s);
    m_seedStart->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{1,20}"_s), this));

    // Inputs that hold a value (not a link) can be swept: named as the editor names them,
    // what matters first (the positive prompt before the negative one).
    struct Sweepable
    {
        QString key; // "node.input", what the spec takes
        QString label;
        int rank;
        int order;
    };
    QList<Sweepable> inputs;
    const JsonTree prompt = JsonTree::parse(promptJson);
    const ParameterLabels labels = ParameterLabels::fromApiPrompt(promptJson);
    for (int n = 0; n < prompt.size(); ++n) {
        const QString nodeId = prompt.keys().at(n);
        const JsonTree nodeInputs = prompt.at(n).value(u"inputs");
        for (int i = 0; i < nodeInputs.size(); ++i) {
            const JsonTree &value = nodeInputs.at(i);
            const QString input = nodeInputs.keys().at(i);
            if (value.isNumber() || value.isString() || value.isBool())
                inputs.append({nodeId + u'.' + input, labels.label(nodeId, input), labels.rank(nodeId), int(inputs.size())});
        }
    }
    std::stable_sort(inputs.begin(), inputs.end(), [](const Sweepable &a, const Sweepable &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.order < b.order;
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Copies of each job:"), m_repeat);
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seedMode);
    seedRow->addWidget(m_seedStart);
    seedRow->addWidget(new QLabel(tr("count:"), this));
    seedRow->addWidget(m_seedCount);
    auto *seedLabel = new QLabel(tr("&Seeds:"), this);
    seedLabel->setBuddy(m_seedMode); // a row of several widgets: the label names the first
    form->addRow(seedLabel, seedRow);
    // Tab as the row reads: the mode, the first seed, then how many (made in another order).
    QWidget::setTabOrder(m_seedMode, m_seedStart);
    QWidget::setTabOrder(m_seedStart, m_seedCount);
    form->addRow(m_serverLabel, m_server);
    auto *grid = new QGroupBox(tr("Grid (up to three inputs)"), this);
    auto *gridForm = new QFormLayout(grid);
    for (int a = 0; a < SweepSpec::maxAxes; ++a) {
        AxisRow row;
        row.input = new QComboBox(grid);
        row.input->setObjectName(u"axisInput%1"_s.arg(a + 1));
        row.input->addItem(tr("(none)"), QString());
        for (const Sweepable &input : std::as_const(inputs)) {
            row.input->addItem(input.label, input.key);
            row.input->setItemData(row.input->count() - 1, tr("Input %1").arg(input.key), Qt::ToolTipRole);
        }
        row.values = new QLineEdit(grid);
        row.values->setObjectName(u"axisValues%1"_s.arg(a + 1));
        row.values->setPlaceholderText(tr("5..9 step 1, or: euler, dpmpp_2m"));
        auto *line = new QHBoxLayout;
        line->addWidget(row.input, 1);
        line->addWidget(row.values, 2);
        gridForm->addRow(tr("Input %1:").arg(a + 1), line);
        connect(row.input, &QComboBox::currentIndexChanged, this, [this, row] {
            const QString input = row.input->currentData().toString();
            const QStringList choices = m_choices.value(input);
            row.values->setPlaceholderText(choices.isEmpty() ? tr("5..9 step 1, or: euler, dpmpp_2m")
                                                             : choices.join(u", "_s));
            updateCount();
        });
        connect(row.values, &QLineEdit::textChanged, this, &SweepDialog::updateCount);
        m_axes.append(row);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(grid);
    layout->addWidget(m_count);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_repeat, &QSpinBox::valueChanged, this, &SweepDialog::updateCount);
    connect(m_seedCount, &QSpinBox::valueChanged, this, &SweepDialog::updateCount);
    connect(m_seedStart, &QLineEdit::textChanged, this, &SweepDialog::updateCount);
    connect(m_seedMode, &QComboBox::currentIndexChanged, this, [this] {
        const auto mode = SweepSpec::SeedMode(m_seedMode->currentData().toInt());
        m_seedStart->setEnabled(mode == SweepSpec::SeedMode::Sequential);
        m_seedCount->setEnabled(mode != SweepSpec::SeedMode::Unchanged);
        updateCount();
    });
    m_seedStart->setEnabled(false);
    m_seedCount->setEnabled(false);
    updateCount();
}

SweepDialog::~SweepDialog() = default;

void SweepDialog::setServers(const QList<std::pair<QString, QString>> &servers)
{
    m_server->clear();
    m_server->addItem(tr("Any server"), QString());
    for (const auto &[id, name] : servers) {
        m_server->addItem(name, id);
        m_server->setItemData(m_server->count() - 1, id, Qt::ToolTipRole);
    }
    m_server->setVisible(!servers.isEmpty());
    m_serverLabel->setVisible(!servers.isEmpty());
}

QString SweepDialog::pinnedServer() const
{
    return m_server->currentData().toString();
}

bool SweepDialog::parseAxis(const QString &nodeInput, const QString &text, SweepAxis *axis)
{
    const qsizetype dot = nodeInput.lastIndexOf(u'.');
    if (dot <= 0 || text.trimmed().isEmpty())
        return false;
    const QString nodeId = nodeInput.left(dot);
    const QString input = nodeInput.mid(dot + 1);
    static const QRegularExpression range(
        uR"(^\s*(-?[\d.eE+-]+)\s*\.\.\s*(-?[\d.eE+-]+)\s*(?:(?:step|by|:)\s*([\d.eE+-]+))?\s*$)"_s);
    const QRegularExpressionMatch match = range.match(text);
    if (match.hasMatch()) {
        bool ok1 = false;
        bool ok2 = false;
        bool ok3 = true;
        const JsonNumber start = JsonNumber::fromText(match.captured(1), &ok1);
        const JsonNumber end = JsonNumber::fromText(match.captured(2), &ok2);
        const JsonNumber step = match.captured(3).isEmpty() ? JsonNumber::fromInt(1)
                                                            : JsonNumber::fromText(match.captured(3), &ok3);
        if (!ok1 || !ok2 || !ok3)
            return false;
        *axis = SweepAxis::range(nodeId, input, start, end, step);
        return axis->count() > 0;
    }
    QList<JsonTree> values;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        bool isNumber = false;
        const JsonNumber number = JsonNumber::fromText(item, &isNumber);
        if (isNumber) {
            values.append(JsonTree::fromNumber(number));
        } else if (item == "true"_L1 || item == "false"_L1) {
            values.append(JsonTree::fromBool(item == "true"_L1));
        } else {
            if (item.size() >= 2 && item.startsWith(u'"') && item.endsWith(u'"'))
                item = item.mid(1, item.size() - 2);
            values.append(JsonTree::fromString(item));
        }
    }
    if (values.isEmpty())
        return false;
    *axis = SweepAxis::list(nodeId, input, values);
    return true;
}

SweepSpec SweepDialog::spec() const
{
    SweepSpec spec;
    spec.label = m_label->text().trimmed();
    spec.repeat = m_repeat->value();
    spec.seedMode = SweepSpec::SeedMode(m_seedMode->currentData().toInt());
    spec.seedCount = m_seedCount->value();
    spec.seedStart = m_seedStart->text().toULongLong();
    for (const AxisRow &row : m_axes) {
        const QString input = row.input->currentData().toString();
        if (input.isEmpty())
            continue;
        SweepAxis axis;
        if (parseAxis(input, row.values->text(), &axis))
            spec.axes.append(axis);
        else
            spec.axes.append(SweepAxis::list(input.section(u'.', 0, -2), input.section(u'.', -1), {}));
    }
    return spec;
}

void SweepDialog::updateCount()
{
    const SweepSpec current = spec();
    const qint64 count = current.jobCount();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    m_error.clear();
    if (count > 0 && count <= SweepSpec::maxJobs && current.seedMode != SweepSpec::SeedMode::Unchanged
        && Sweep::seedInputs(JsonTree::parse(m_prompt)).isEmpty()) {
        m_error = tr("The workflow has no seed input");
    } else if (count == 0) {
        m_error = tr("Enter values for every chosen input");
    } else if (count > SweepSpec::maxJobs) {
        m_error = tr("Too many jobs (at most %1)").arg(SweepSpec::maxJobs);
    }
    if (m_error.isEmpty()) {
        m_count->setText(tr("%n job(s) will be queued", nullptr, int(count)));
        ok->setText(tr("&Queue %n Job(s)", nullptr, int(count)));
    } else {
        m_count->setText(m_error);
        ok->setText(tr("&Queue"));
    }
    ok->setEnabled(m_error.isEmpty());
}

void SweepDialog::setDefaultLabel(const QString &name)
{
    if (!name.isEmpty())
        m_label->setPlaceholderText(name);
}

} // namespace Easel
