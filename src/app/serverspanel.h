#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class ServersPanel;
}

namespace Easel {

class FarmServerModel;

// The render farm's servers and their health (issue 11), as a table: state, GPU, free
// VRAM, ComfyUI version, queue, jobs run, loaded model; a line above says how many are
// ready, or how to add servers when there are none.
class ServersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ServersPanel(QWidget *parent = nullptr);
    ~ServersPanel() override;

    void setModel(FarmServerModel *model);
    QString summaryText() const;
    // Tall enough for the summary and every server's row, not more (a dock's first height).
    int preferredHeight() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSummary();

    std::unique_ptr<Ui::ServersPanel> m_ui;
    FarmServerModel *m_model = nullptr;
};

} // namespace Easel
