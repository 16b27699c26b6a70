#pragma once

#include "jsontree.h"

#include <QHash>
#include <QStringList>

namespace Easel::Sim {

// /history: entries oldest first, keyed by prompt_id (comfyui-protocol.md §1.4).
class HistoryStore
{
public:
    void add(const QString &promptId, const JsonTree &entry);
    JsonTree entry(const QString &promptId) const; // {id: entry} or {}
    // max_items / offset as PromptQueue.get_history; negative = not given.
    JsonTree list(int maxItems, int offset) const;
    void remove(const QString &promptId);
    void clear();
    int size() const { return int(m_order.size()); }

private:
    // By id, plus the ids oldest first: a JsonTree object finds keys by a linear search,
    // which made every add and lookup O(n) in the number of entries kept (up to 10,000).
    QHash<QString, JsonTree> m_entries;
    QStringList m_order;
};

} // namespace Easel::Sim
