#pragma once

#include "structureedit.h"

#include <QComboBox>

namespace Easel {

// The editor of a link row: every output in the workflow that fits the input (as the
// server checks types), and "Widget value" where the input can hold a value, or "Not
// connected" for a socket that may stay empty. Choosing an entry rewires the input.
class LinkEditor : public QComboBox
{
    Q_OBJECT
public:
    explicit LinkEditor(QWidget *parent = nullptr);

    enum class Empty { None, WidgetValue, NotConnected };
    void setChoices(const QList<StructureEdit::Source> &sources, Empty empty, bool linked, const QString &currentNodeId,
                    int currentSlot);
    bool isEmptyChoice() const; // "Widget value" or "Not connected"
    QString sourceNodeId() const;
    int sourceSlot() const;
    bool isCurrentChoice() const; // the entry the row already has

    static QString sourceText(const StructureEdit::Source &source);

private:
    int m_initial = -1;
};

} // namespace Easel
