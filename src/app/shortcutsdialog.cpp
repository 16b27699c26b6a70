#include "shortcutsdialog.h"

#include "shortcuts.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

// Key cells are edited with a QKeySequenceEdit: press the keys, they are taken.
class KeyDelegate : public QStyledItemDelegate
{
public:
    explicit KeyDelegate(ShortcutsDialog *dialog)
        : QStyledItemDelegate(dialog)
        , m_dialog(dialog)
    {
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *edit = new QKeySequenceEdit(parent);
        edit->setAccessibleName(ShortcutsDialog::tr("New shortcut"));
        connect(edit, &QKeySequenceEdit::editingFinished, this, [this, edit] {
            emit const_cast<KeyDelegate *>(this)->commitData(edit);
            emit const_cast<KeyDelegate *>(this)->closeEditor(edit);
        });
        return edit;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QKeySequenceEdit *>(editor)->setKeySequence(
            QKeySequence(index.data(Qt::EditRole).toString(), QKeySequence::NativeText));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const override
    {
        m_dialog->setRowKeys(index.row(), static_cast<QKeySequenceEdit *>(editor)->keySequence());
    }

private:
    ShortcutsDialog *m_dialog;
};

} // namespace

ShortcutsDialog::ShortcutsDialog(Shortcuts *shortcuts, QWidget *parent)
    : QDialog(parent)
    , m_shortcuts(shortcuts)
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setObjectName(u"shortcutsTable"_s);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    // Tab leaves the table for the buttons; the arrows move between its cells.
    m_table->setTabKeyNavigation(false);
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setItemDelegateForColumn(1, new KeyDelegate(this));
    m_message->setObjectName(u"shortcutMessage"_s);
    m_message->setWordWrap(true);
    m_message->setText(tr("Double-click a shortcut (or select it and press F2), then press the new keys."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        m_shortcuts->resetToDefaults();
        fill();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(520, 560);
    fill();
}

ShortcutsDialog::~ShortcutsDialog() = default;

void ShortcutsDialog::fill()
{
    const QList<Shortcuts::Entry> entries = m_shortcuts->entries();
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const Shortcuts::Entry &entry = entries.at(row);
        auto *name = new QTableWidgetItem(entry.action ? Shortcuts::plainText(entry.action) : entry.id);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        name->setData(IdRole, entry.id);
        const QList<QKeySequence> keys = entry.action ? entry.action->shortcuts() : QList<QKeySequence>();
        auto *key = new QTableWidgetItem(keys.isEmpty() ? QString() : keys.constFirst().toString(QKeySequence::NativeText));
        key->setData(IdRole, entry.id);
        key->setToolTip(QKeySequence::listToString(keys, QKeySequence::NativeText));
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, key);
    }
}

bool ShortcutsDialog::setRowKeys(int row, const QKeySequence &keys)
{
    QTableWidgetItem *item = m_table->item(row, 1);
    if (!item)
        return false;
    const QString id = item->data(IdRole).toString();
    // A clash with a key this dialog has already given to another row counts too.
    for (int other = 0; other < m_table->rowCount(); ++other) {
        if (other == row || keys.isEmpty())
            continue;
        if (m_table->item(other, 1)->text() == keys.toString(QKeySequence::NativeText)) {
            m_message->setText(tr("%1 is already the shortcut of “%2”.")
                                   .arg(keys.toString(QKeySequence::NativeText), m_table->item(other, 0)->text()));
            return false;
        }
    }
    item->setText(keys.toString(QKeySequence::NativeText));
    m_message->setText(keys.isEmpty() ? tr("“%1” has no shortcut now.").arg(m_table->item(row, 0)->text())
                                      : tr("“%1”: %2").arg(m_table->item(row, 0)->text(),
                                                           keys.toString(QKeySequence::NativeText)));
    return true;
}

void ShortcutsDialog::apply()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *item = m_table->item(row, 1);
        const QString id = item->data(IdRole).toString();
        const QKeySequence keys(item->text(), QKeySequence::NativeText);
        const QList<QKeySequence> current = m_shortcuts->keys(id);
        // The first key is the one shown and edited; further default keys stay with it.
        if (current.value(0) == keys)
            continue;
        m_shortcuts->setKeys(id, keys.isEmpty() ? QList<QKeySequence>() : QList<QKeySequence>{keys});
    }
}

} // namespace Easel
