#include "failuredetails.h"

#include "jobqueue.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Easel {

FailureDetails::FailureDetails(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_toggle(new QToolButton(this))
    , m_traceback(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("failureDetails"));
    m_summary->setObjectName(QStringLiteral("failureSummary"));
    m_toggle->setObjectName(QStringLiteral("tracebackToggle"));
    m_traceback->setObjectName(QStringLiteral("traceback"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toggle->setText(tr("Traceback"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_traceback->setReadOnly(true);
    m_traceback->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_traceback->setFont(QFont(QStringLiteral("monospace")));
    m_traceback->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_traceback, 1);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool expanded) {
        m_traceback->setVisible(expanded);
        m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    });
    clear();
}

FailureDetails::~FailureDetails() = default;

void FailureDetails::showFailure(const QString &jobTitle, const JobFailure &failure)
{
    QStringList lines;
    lines.append(tr("<b>%1 failed</b>").arg(jobTitle.toHtmlEscaped()));
    if (failure.rejected) {
        lines.append(tr("The server rejected the prompt: %1").arg(failure.message.toHtmlEscaped()));
        for (const NodeError &node : failure.nodeErrors) {
            for (const NodeErrorReason &reason : node.reasons) {
                lines.append(tr("Node %1 (%2), input %3: %4 %5")
                                 .arg(node.nodeId.toHtmlEscaped(), node.classType.toHtmlEscaped(),
                                      (reason.inputName.isEmpty() ? tr("-") : reason.inputName).toHtmlEscaped(),
                                      reason.message.toHtmlEscaped(), reason.details.toHtmlEscaped()));
            }
        }
    } else if (!failure.nodeId.isEmpty()) {
        lines.append(tr("Node %1 (%2): %3")
                         .arg(failure.nodeId.toHtmlEscaped(), failure.nodeType.toHtmlEscaped(),
                              (failure.exceptionType.isEmpty() ? QString() : failure.exceptionType + QStringLiteral(": "))
                                  .toHtmlEscaped()
                                  + (failure.exceptionMessage.isEmpty() ? failure.message : failure.exceptionMessage)
                                        .trimmed()
                                        .toHtmlEscaped()));
    } else {
        lines.append(failure.message.toHtmlEscaped());
    }
    // What to do next, in the terms of the window.
    if (failure.rejected)
        lines.append(tr("<i>Next:</i> the inputs named above are marked in the editor. Correct them, then "
                        "queue again (or Retry to send the same values)."));
    else if (!failure.nodeId.isEmpty())
        lines.append(tr("<i>Next:</i> check that node's inputs and the models it needs on the server, then "
                        "Retry. The traceback below is what to attach to a bug report."));
    else
        lines.append(tr("<i>Next:</i> Retry sends the job again."));
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    m_traceback->setPlainText(failure.traceback.join(QString()));
    m_toggle->setVisible(!failure.traceback.isEmpty());
    m_toggle->setChecked(false);
    setVisible(true);
}

void FailureDetails::clear()
{
    m_summary->clear();
    m_traceback->clear();
    m_toggle->setChecked(false);
    m_toggle->setVisible(false);
}

bool FailureDetails::isTracebackExpanded() const
{
    return m_toggle->isChecked();
}

QString FailureDetails::summaryText() const
{
    return m_summary->text();
}

QString FailureDetails::tracebackText() const
{
    return m_traceback->toPlainText();
}

} // namespace Easel
