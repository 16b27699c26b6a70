#include "linkeditor.h"

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

constexpr int nodeRole = Qt::UserRole + 1;
constexpr int slotRole = Qt::UserRole + 2;

} // namespace

LinkEditor::LinkEditor(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(u"linkCombo"_s);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(20);
}

QString LinkEditor::sourceText(const StructureEdit::Source &source)
{
    const QString output = source.outputName.isEmpty() || source.outputName == source.type
        ? source.type
        : tr("%1 (%2)").arg(source.outputName, source.type);
    return tr("← %1 #%2 · %3").arg(source.nodeTitle, source.nodeId, output);
}

void LinkEditor::setChoices(const QList<StructureEdit::Source> &sources, Empty empty, bool linked,
                            const QString &currentNodeId, int currentSlot)
{
    clear();
    m_initial = -1;
    if (empty != Empty::None) {
        addItem(empty == Empty::WidgetValue ? tr("Widget value") : tr("Not connected"));
        setItemData(0, empty == Empty::WidgetValue ? tr("The input holds its own value (a widget)")
                                                   : tr("Nothing feeds the input"),
                    Qt::ToolTipRole);
        if (!linked)
            m_initial = 0;
    }
    for (const StructureEdit::Source &s : sources) {
        addItem(sourceText(s));
        setItemData(count() - 1, s.nodeId, nodeRole);
        setItemData(count() - 1, s.slot, slotRole);
        if (linked && s.nodeId == currentNodeId && s.slot == currentSlot)
            m_initial = count() - 1;
    }
    setCurrentIndex(m_initial);
}

bool LinkEditor::isEmptyChoice() const
{
    return currentIndex() >= 0 && !itemData(currentIndex(), nodeRole).isValid();
}

QString LinkEditor::sourceNodeId() const
{
    return itemData(currentIndex(), nodeRole).toString();
}

int LinkEditor::sourceSlot() const
{
    return itemData(currentIndex(), slotRole).toInt();
}

bool LinkEditor::isCurrentChoice() const
{
    return currentIndex() == m_initial;
}

} // namespace Easel
