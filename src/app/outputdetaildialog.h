#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QGraphicsView;
class QLabel;
class QPlainTextEdit;
class QSlider;
class QTabWidget;
QT_END_NAMESPACE

namespace Easel {

class LibraryIndex;
class CompareView;

// One output at full size (wheel zooms, drag pans), the settings that made it in the
// editor's words (prompts, seed, the inputs that differed from the workflow, the node that
// wrote it by its label), and a side-by-side comparison with another image under a slider.
class OutputDetailDialog : public QDialog
{
    Q_OBJECT
public:
    OutputDetailDialog(LibraryIndex *index, qint64 outputId, QWidget *parent = nullptr);

    // What the dialog shows, as plain text.
    QString parametersText() const;
    // What "Copy details" copies: the text shown and the prompt and node IDs.
    QString detailsText() const;
    void compareWith(const QString &otherPath);

signals:
    void useSettingsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_path;
    QStringList m_technical; // the IDs, copied but not shown
    QGraphicsView *m_image;
    QPlainTextEdit *m_parameters;
    QTabWidget *m_tabs;
    CompareView *m_compare;
    QSlider *m_split;
};

} // namespace Easel
