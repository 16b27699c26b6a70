#pragma once

#include <QWidget>

class QComboBox;
class QToolButton;

namespace Easel {

class NumberEdit;

// An INT with control_after_generate: the value and what happens to it after each queue
// (fixed, increment, decrement, randomize), as the web UI shows beside a seed.
class SeedEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SeedEditor(QWidget *parent = nullptr);
    NumberEdit *numberEdit() const { return m_number; }
    QComboBox *modeBox() const { return m_mode; }
    QString mode() const;
    void setMode(const QString &mode);
    // A mode in the user's words ("randomize" as translated), for the box and the tree.
    static QString modeText(const QString &mode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    NumberEdit *m_number;
    QComboBox *m_mode;
    QToolButton *m_dice;
};

// A COMBO: the server's choices, searchable by any part of the name (checkpoint and LoRA
// lists run to hundreds). A value the server does not have is kept, marked, and stays
// selected until the user picks another. Inputs with an upload button (LoadImage) get
// "Upload…", which asks the editor to upload a local file.
class ComboEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ComboEditor(QWidget *parent = nullptr);
    void setChoices(const QStringList &choices, const QString &current);
    void setUploadEnabled(bool enabled);
    // "image", "video" or "audio" (the input's *_upload flag): shows "Upload…" with a
    // file dialog for that kind; anything else hides it.
    void setUploadKind(const QString &kind);
    QString value() const;
    QComboBox *comboBox() const { return m_combo; }

signals:
    void uploadRequested(const QString &localPath);

private:
    QComboBox *m_combo;
    QToolButton *m_upload;
    QString m_uploadKind = QStringLiteral("image");
    QString m_missing; // the current value when the server lacks it
};

} // namespace Easel
