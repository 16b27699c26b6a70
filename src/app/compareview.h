#pragma once

#include <QImage>
#include <QWidget>

namespace Easel {

// Two images over each other, both scaled to fit: the first left of the split, the
// second right of it. The split (0..1) follows a slider.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);

    void setImages(const QImage &left, const QImage &right);
    void setSplit(double fraction);
    double split() const { return m_split; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_left;
    QImage m_right;
    double m_split = 0.5;
};

} // namespace Easel
