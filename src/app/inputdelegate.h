#pragma once

#include <QHash>
#include <QImage>
#include <QStyledItemDelegate>

namespace Easel {

// Paints the workflow tree (node state, error badges, invalid values, links, the running
// node) and picks each input's editor from the catalogue's spec through the model's roles:
// NumberEdit for INT/FLOAT, SeedEditor for seed-like INTs, ComboEditor for COMBO (with
// Upload… for image inputs), a multi-line editor for multiline STRINGs, a line edit
// otherwise. BOOLEANs are check boxes in the model. A value the model refuses is reported
// through editRejected() with the reason; nothing is clamped.
class InputDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit InputDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // A multi-line text (a prompt) shown whole as a text box in its row: as many lines as
    // it needs (at least minTextLines, at most maxTextLines), wrapped to the value column.
    // Only when the view's rows may differ in height.
    static bool isTextBox(const QModelIndex &index);
    static constexpr int minTextLines = 3;
    static constexpr int maxTextLines = 12;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Small pictures of image inputs' files (a null image removes one); true when it changed.
    bool setThumbnail(const QString &nodeId, const QString &input, const QImage &image);
    QImage thumbnail(const QString &nodeId, const QString &input) const;
    void clearThumbnails() { m_thumbnails.clear(); }
    // An upload into an input under way: its value reads "Uploading… 40 %" until cleared (-1).
    void setUploadPercent(const QString &nodeId, const QString &input, int percent);

signals:
    void editRejected(const QModelIndex &index, const QString &reason) const;
    void uploadRequested(const QString &nodeId, const QString &input, const QString &localPath) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QHash<QString, QImage> m_thumbnails;
    QHash<QString, int> m_uploadPercent;
};

} // namespace Easel
