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

// One output at full size (wheel zooms, drag pans), the parameters that made it (seed,
// prompt, the inputs that differed from the workflow, the node that made it), and a
// side-by-side comparison with another image under a slider.
class OutputDetailDialog : public QDialog
{
    Q_OBJECT
public:
    OutputDetailDialog(LibraryIndex *index, qint64 outputId, QWidget *parent = nullptr);

    QString parametersText() const;
    void compareWith(const QString &otherPath);

signals:
    void useSettingsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_path;
    QGraphicsView *m_image;
    QPlainTextEdit *m_parameters;
    QTabWidget *m_tabs;
    CompareView *m_compare;
    QSlider *m_split;
};

} // namespace Easel
