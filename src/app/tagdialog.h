#pragma once

#include <QDialog>
#include <QStringList>
#include <memory>

namespace Ui {
class TagDialog;
}

namespace Easel {

// Tags of the selected outputs: every tag any of them carries is listed, checked when all
// carry it and partly checked when only some do. Unchecking removes a tag from all of
// them, checking (or adding a new one) puts it on all of them, a partly checked tag is
// left alone. Tags compare without case, as the index does.
class TagDialog : public QDialog
{
    Q_OBJECT
public:
    // tagsPerOutput: the tags of each selected output; knownTags: every tag in the library,
    // offered as completions.
    TagDialog(const QList<QStringList> &tagsPerOutput, const QStringList &knownTags,
              QWidget *parent = nullptr);
    ~TagDialog() override;

    // Adds a tag to the list, checked (or checks the one already there).
    void addTag(const QString &tag);
    void setTagChecked(const QString &tag, bool checked);

    QStringList tagsToAdd() const;
    QStringList tagsToRemove() const;

private:
    int rowOf(const QString &tag) const;

    std::unique_ptr<Ui::TagDialog> m_ui;
};

} // namespace Easel
