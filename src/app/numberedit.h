#pragma once

#include <QLineEdit>

namespace Easel {

// A number editor for INT and FLOAT inputs that holds values exactly as text (seeds reach
// 2^64 - 1, beyond QSpinBox and double), steps with Up/Down, Page Up/Down and the wheel,
// and never clamps: a value outside [minimum, maximum] stays as typed, shown in red with
// the allowed range in the tooltip, and isAcceptable() is false.
class NumberEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit NumberEdit(QWidget *parent = nullptr);

    void setInteger(bool integer);
    void setRange(const QString &minimum, const QString &maximum); // empty: unbounded
    QString minimum() const { return m_minimum; }
    QString maximum() const { return m_maximum; }
    void setStep(const QString &step);
    void setRound(double round); // FLOAT "round"; 0: none
    QString value() const { return text().trimmed(); }
    void setValue(const QString &value);
    bool isAcceptable() const;
    QString problem() const; // why the value is not acceptable, else empty

    void stepBy(int steps);
    // The width that shows `text` whole in this field, frame and margins included (as
    // QLineEdit::sizeHint measures its default text, in the current style).
    int widthFor(const QString &text) const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void updateState();

    bool m_integer = true;
    QString m_minimum;
    QString m_maximum;
    QString m_step;
    double m_round = 0;
    QString m_baseToolTip;
};

} // namespace Easel
