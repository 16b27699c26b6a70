#pragma once

#include "sweepspec.h"

#include <QDialog>
#include <QList>

#include <utility>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace Easel {

// "Queue…": the open workflow once, N times, or as a sweep over seeds (N from a start, or
// random) and a grid over up to three inputs ("5..9 step 1", or "euler, dpmpp_2m"). The
// number of jobs is shown before anything is queued; the batch gets a label.
class SweepDialog : public QDialog
{
    Q_OBJECT
public:
    // promptJson: the API prompt as it would be queued now; its scalar inputs are offered.
    explicit SweepDialog(const QByteArray &promptJson, QWidget *parent = nullptr);
    ~SweepDialog() override;

    // Choices for an input ("node.input" -> values), e.g. a combo's list from the
    // catalogue: shown as the placeholder of that axis so the artist can copy from it.
    void setChoices(const QHash<QString, QStringList> &choices) { m_choices = choices; }
    // A render farm's servers (id, name shown): adds "Run on: any server / <server>" so a
    // batch can be pinned to one server. Not called (no farm): no such choice.
    void setServers(const QList<std::pair<QString, QString>> &servers);
    // The name the batch gets when the label is left empty (its document's), shown greyed
    // in the empty label so that nothing surprises when the jobs appear.
    void setDefaultLabel(const QString &name);
    // The chosen server's id; empty = any server.
    QString pinnedServer() const;

    SweepSpec spec() const;
    qint64 jobCount() const { return spec().jobCount(); }
    QString errorString() const { return m_error; }

    // "5..9 step 1", "0.5..1 step 0.25", "euler, dpmpp_2m", "1, 2, 3": an axis's values.
    static bool parseAxis(const QString &nodeInput, const QString &text, SweepAxis *axis);

private:
    void updateCount();

    struct AxisRow
    {
        QComboBox *input = nullptr;
        QLineEdit *values = nullptr;
    };

    QByteArray m_prompt;
    QHash<QString, QStringList> m_choices;
    QLineEdit *m_label;
    QSpinBox *m_repeat;
    QComboBox *m_seedMode;
    QComboBox *m_server;
    QLabel *m_serverLabel;
    QSpinBox *m_seedCount;
    QLineEdit *m_seedStart;
    QList<AxisRow> m_axes;
    QLabel *m_count;
    QDialogButtonBox *m_buttons;
    QString m_error;
};

} // namespace Easel
