#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace Easel {

// An inline bar at the top of the window for news that needs a decision but must not
// interrupt work with a modal dialog (the server restarted and lost jobs: retry them?).
// It stays until the user acts or dismisses it; a newer message replaces the text.
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeBar(QWidget *parent = nullptr);

    // Shows the bar with text and, when actionText is not empty, one action button.
    void showNotice(const QString &text, const QString &actionText = {});
    QString text() const;

signals:
    void actionTriggered();
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
};

} // namespace Easel
