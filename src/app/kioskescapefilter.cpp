#include "kioskescapefilter.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::KeyPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

// Keys that close or quit: the window manager sends Alt+F4 as a close request, but a
// platform without one delivers it as a key.
bool isQuitKey(const QKeyEvent *key)
{
    const QKeyCombination combination = key->keyCombination();
    return key->matches(QKeySequence::Quit) || key->matches(QKeySequence::Close)
           || combination == QKeyCombination(Qt::AltModifier, Qt::Key_F4)
           || combination == QKeyCombination(Qt::ControlModifier, Qt::Key_Q);
}

bool isTextInput(const QObject *object)
{
    return qobject_cast<const QLineEdit *>(object) || qobject_cast<const QTextEdit *>(object)
           || qobject_cast<const QPlainTextEdit *>(object) || qobject_cast<const QAbstractSpinBox *>(object);
}

} // namespace

KioskEscapeFilter::KioskEscapeFilter(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
}

void KioskEscapeFilter::setOutputView(QAbstractItemView *view)
{
    m_outputView = view;
}

bool KioskEscapeFilter::eventFilter(QObject *object, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (isUserInput(type))
        emit userActive();
    switch (type) {
    case QEvent::Close:
        if (object == m_window && !m_unlocked) {
            event->ignore();
            emit escapeBlocked(u"close"_s);
            return true;
        }
        break;
    case QEvent::KeyPress:
    case QEvent::ShortcutOverride:
        if (isQuitKey(static_cast<QKeyEvent *>(event)) && !m_unlocked) {
            event->accept(); // a ShortcutOverride accepted here never becomes a shortcut
            if (type == QEvent::KeyPress)
                emit escapeBlocked(u"quit key"_s);
            return true;
        }
        break;
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop:
        event->ignore();
        if (type == QEvent::Drop)
            emit escapeBlocked(u"drop"_s);
        return true;
    case QEvent::ContextMenu: {
        // Text fields keep cut and paste; item views and everything else have no menu,
        // except the session's outputs (KioskController::showOutputMenu).
        const bool isOutputs = m_outputView && (object == m_outputView || object == m_outputView->viewport());
        if (!isTextInput(object) && !isOutputs) {
            event->accept();
            return true;
        }
        break;
    }
    case QEvent::Show:
        if (auto *dialog = qobject_cast<QFileDialog *>(object)) {
            emit escapeBlocked(u"file dialog"_s);
            QMetaObject::invokeMethod(dialog, &QDialog::reject, Qt::QueuedConnection);
        } else if (auto *widget = qobject_cast<QWidget *>(object); widget && widget->objectName() == "uploadButton"_L1) {
            // Uploading would browse the file system.
            QMetaObject::invokeMethod(widget, &QWidget::hide, Qt::QueuedConnection);
        }
        break;
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
        if (object->objectName() == "uploadButton"_L1)
            return true;
        break;
    default:
        break;
    }
    return QObject::eventFilter(object, event);
}

} // namespace Easel
