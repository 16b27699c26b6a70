#include "tagdialog.h"
#include "ui_tagdialog.h"

#include <QCompleter>
#include <QHash>
#include <QListWidgetItem>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
// What the item started as, so an untouched tag is never written back.
constexpr int OriginalStateRole = Qt::UserRole + 1;
} // namespace

TagDialog::TagDialog(const QList<QStringList> &tagsPerOutput, const QStringList &knownTags,
                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TagDialog>())
{
    m_ui->setupUi(this);
    const int outputs = int(tagsPerOutput.size());
    m_ui->summaryLabel->setText(tr("Tags of %n selected output(s):", nullptr, outputs));

    // Counted case-insensitively, shown in the first spelling met.
    QHash<QString, int> count;
    QStringList order;
    for (const QStringList &tags : tagsPerOutput) {
        for (const QString &tag : tags) {
            const QString key = tag.toCaseFolded();
            if (!count.contains(key))
                order.append(tag);
            ++count[key];
        }
    }
    order.sort(Qt::CaseInsensitive);
    for (const QString &tag : std::as_const(order)) {
        auto *item = new QListWidgetItem(tag, m_ui->tagList);
        const bool all = count.value(tag.toCaseFolded()) == outputs;
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
        // Only a tag some outputs carry can go back to "leave as it is".
        if (!all)
            flags |= Qt::ItemIsUserTristate;
        item->setFlags(flags);
        item->setCheckState(all ? Qt::Checked : Qt::PartiallyChecked);
        item->setData(OriginalStateRole, int(item->checkState()));
    }

    auto *completer = new QCompleter(knownTags, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->newTagEdit->setCompleter(completer);
    // While a tag is typed, Return adds it rather than closing the dialog.
    connect(m_ui->newTagEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        const bool typed = !text.trimmed().isEmpty();
        m_ui->addButton->setEnabled(typed);
        m_ui->addButton->setDefault(typed);
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        addTag(m_ui->newTagEdit->text());
        m_ui->newTagEdit->clear();
    });
}

TagDialog::~TagDialog() = default;

int TagDialog::rowOf(const QString &tag) const
{
    for (int row = 0; row < m_ui->tagList->count(); ++row) {
        if (m_ui->tagList->item(row)->text().compare(tag, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

void TagDialog::addTag(const QString &tag)
{
    const QString name = tag.trimmed();
    if (name.isEmpty())
        return;
    const int row = rowOf(name);
    if (row >= 0) {
        m_ui->tagList->item(row)->setCheckState(Qt::Checked);
        return;
    }
    auto *item = new QListWidgetItem(name, m_ui->tagList);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    item->setData(OriginalStateRole, int(Qt::Unchecked));
    m_ui->tagList->scrollToItem(item);
}

void TagDialog::setTagChecked(const QString &tag, bool checked)
{
    const int row = rowOf(tag.trimmed());
    if (row >= 0)
        m_ui->tagList->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QStringList TagDialog::tagsToAdd() const
{
    QStringList tags;
    for (int row = 0; row < m_ui->tagList->count(); ++row) {
        const QListWidgetItem *item = m_ui->tagList->item(row);
        if (item->checkState() == Qt::Checked && item->data(OriginalStateRole).toInt() != Qt::Checked)
            tags.append(item->text());
    }
    return tags;
}

QStringList TagDialog::tagsToRemove() const
{
    QStringList tags;
    for (int row = 0; row < m_ui->tagList->count(); ++row) {
        const QListWidgetItem *item = m_ui->tagList->item(row);
        if (item->checkState() == Qt::Unchecked && item->data(OriginalStateRole).toInt() != Qt::Unchecked)
            tags.append(item->text());
    }
    return tags;
}

} // namespace Easel
