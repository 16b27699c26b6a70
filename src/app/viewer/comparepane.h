#pragma once

#include "outputref.h"

#include <QThreadPool>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QButtonGroup;
QT_END_NAMESPACE

namespace Easel {

class CompareCanvas;
class OutputStore;

// Two outputs compared: wipe, side by side or difference, zoom and pan locked together.
// Each side is labelled with its file, its seed and the settings where it differs from the
// other (from the prompts that ran), so the artist knows which is which and why.
class ComparePane : public QWidget
{
    Q_OBJECT
public:
    explicit ComparePane(OutputStore *store, QWidget *parent = nullptr);
    ~ComparePane() override;

    void compare(const OutputRef &left, const OutputRef &right);
    OutputRef left() const { return m_left; }
    OutputRef right() const { return m_right; }
    CompareCanvas *canvas() const { return m_canvas; }
    QString leftLabel() const { return m_leftLabel; }
    QString rightLabel() const { return m_rightLabel; }
    bool isReady() const { return m_ready; }

signals:
    void closeRequested();
    void ready(); // both pictures decoded and shown

private:
    void buildLabels();

    OutputStore *m_store;
    CompareCanvas *m_canvas;
    QButtonGroup *m_modes;
    OutputRef m_left;
    OutputRef m_right;
    QString m_leftLabel;
    QString m_rightLabel;
    int m_generation = 0;
    bool m_ready = false;
    QThreadPool m_pool;
};

} // namespace Easel
