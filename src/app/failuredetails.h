#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QToolButton;
QT_END_NAMESPACE

namespace Easel {

struct JobFailure;

// Why a job failed: the node, the exception message and (collapsed until asked for) the
// traceback of an execution_error; or, for a prompt the server rejected (400), every
// node error with its input.
class FailureDetails : public QWidget
{
    Q_OBJECT
public:
    explicit FailureDetails(QWidget *parent = nullptr);
    ~FailureDetails() override;

    void showFailure(const QString &jobTitle, const JobFailure &failure);
    void clear();
    bool isTracebackExpanded() const;
    QString summaryText() const;
    QString tracebackText() const;

private:
    QLabel *m_summary;
    QToolButton *m_toggle;
    QPlainTextEdit *m_traceback;
};

} // namespace Easel
