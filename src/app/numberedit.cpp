#include "numberedit.h"

#include "jsonnumber.h"

#include <QKeyEvent>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// Exact integer steps for values that fit 64 bits (signed or unsigned).
QString addIntegers(const QString &value, const QString &delta)
{
    bool okValue = false;
    bool okDelta = false;
    const qint64 d = delta.toLongLong(&okDelta);
    if (!okDelta)
        return value;
    const quint64 u = value.toULongLong(&okValue);
    if (okValue) {
        if (d >= 0)
            return u > std::numeric_limits<quint64>::max() - quint64(d) ? value : QString::number(u + quint64(d));
        const quint64 down = quint64(-d);
        if (u >= down)
            return QString::number(u - down);
        return QString::number(qint64(u) - qint64(down));
    }
    const qint64 s = value.toLongLong(&okValue);
    return okValue ? QString::number(s + d) : value;
}

} // namespace

int NumberEdit::widthFor(const QString &text) const
{
    ensurePolished();
    constexpr int innerMargin = 2; // QLineEdit's own space either side of its text
    const QMargins margins = textMargins() + contentsMargins();
    const QFontMetrics metrics(font());
    const int width = metrics.horizontalAdvance(text) + 2 * innerMargin + 1 /* the cursor */ + margins.left()
        + margins.right();
    QStyleOptionFrame option;
    initStyleOption(&option);
    return style()->sizeFromContents(QStyle::CT_LineEdit, &option, QSize(width, metrics.height()), this).width();
}

NumberEdit::NumberEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(u"numberEdit"_s);
    connect(this, &QLineEdit::textChanged, this, &NumberEdit::updateState);
}

void NumberEdit::setInteger(bool integer)
{
    m_integer = integer;
    updateState();
}

void NumberEdit::setRange(const QString &minimum, const QString &maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
    m_baseToolTip = tr("Allowed: %1 to %2. Up and Down change the value by its step.")
                        .arg(minimum.isEmpty() ? u"−∞"_s : minimum, maximum.isEmpty() ? u"∞"_s : maximum);
    updateState();
}

void NumberEdit::setStep(const QString &step)
{
    m_step = step;
}

void NumberEdit::setRound(double round)
{
    m_round = round;
}

void NumberEdit::setValue(const QString &value)
{
    setText(value);
    updateState();
}

QString NumberEdit::problem() const
{
    bool ok = false;
    const JsonNumber n = JsonNumber::fromText(value(), &ok);
    if (!ok)
        return tr("\"%1\" is not a number").arg(value());
    if (m_integer && !n.isInteger() && n.toDouble() != std::floor(n.toDouble()))
        return tr("%1 is not a whole number").arg(value());
    const QString range = tr("allowed: %1 to %2").arg(m_minimum.isEmpty() ? u"−∞"_s : m_minimum,
                                                      m_maximum.isEmpty() ? u"∞"_s : m_maximum);
    if (!m_minimum.isEmpty() && n < JsonNumber::fromText(m_minimum))
        return tr("%1 is below the minimum (%2)").arg(value(), range);
    if (!m_maximum.isEmpty() && JsonNumber::fromText(m_maximum) < n)
        return tr("%1 is above the maximum (%2)").arg(value(), range);
    return {};
}

bool NumberEdit::isAcceptable() const
{
    return problem().isEmpty();
}

void NumberEdit::updateState()
{
    const QString reason = problem();
    // Red text with the reason; the value itself is left alone.
    setStyleSheet(reason.isEmpty() ? QString() : u"QLineEdit { color: #d32f2f; }"_s);
    setToolTip(reason.isEmpty() ? m_baseToolTip : reason + u'\n' + m_baseToolTip);
    setProperty("invalid", !reason.isEmpty());
}

void NumberEdit::stepBy(int steps)
{
    bool ok = false;
    const JsonNumber n = JsonNumber::fromText(value(), &ok);
    if (!ok)
        return;
    QString next;
    if (m_integer && n.isInteger()) {
        const QString step = m_step.isEmpty() ? u"1"_s : m_step;
        bool stepOk = false;
        const qint64 s = step.toLongLong(&stepOk);
        next = addIntegers(value(), QString::number((stepOk && s > 0 ? s : 1) * steps));
    } else {
        double step = m_step.isEmpty() ? 0.1 : m_step.toDouble();
        if (step <= 0)
            step = 0.1;
        double v = n.toDouble() + step * steps;
        const double r = m_round > 0 ? m_round : step;
        v = std::round(v / r) * r;
        next = JsonNumber::fromDouble(v).toText();
    }
    // Stepping stops at the bounds; typed values are never changed.
    if (!m_minimum.isEmpty() && JsonNumber::fromText(next) < JsonNumber::fromText(m_minimum))
        next = m_minimum;
    if (!m_maximum.isEmpty() && JsonNumber::fromText(m_maximum) < JsonNumber::fromText(next))
        next = m_maximum;
    setText(next);
    selectAll();
}

void NumberEdit::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up: stepBy(1); return;
    case Qt::Key_Down: stepBy(-1); return;
    case Qt::Key_PageUp: stepBy(10); return;
    case Qt::Key_PageDown: stepBy(-10); return;
    default: QLineEdit::keyPressEvent(event);
    }
}

void NumberEdit::wheelEvent(QWheelEvent *event)
{
    if (hasFocus()) {
        stepBy(event->angleDelta().y() > 0 ? 1 : -1);
        event->accept();
        return;
    }
    QLineEdit::wheelEvent(event);
}

} // namespace Easel
