#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QKeySequenceEdit;
class QLabel;
class QTableWidget;
QT_END_NAMESPACE

namespace Easel {

class Shortcuts;

// Help › Keyboard Shortcuts: every shortcut of the window in one table, editable in place
// (click a key cell and press the new keys; Backspace clears it). A key already used by
// another command is refused with its name. Changes apply and are saved at OK; "Restore
// Defaults" puts back Easel's.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(Shortcuts *shortcuts, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    QTableWidget *table() const { return m_table; }
    // Sets row's keys as the editor would (refused with a message on a clash); for tests.
    bool setRowKeys(int row, const QKeySequence &keys);
    void apply();

private:
    void fill();

    Shortcuts *m_shortcuts;
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace Easel
