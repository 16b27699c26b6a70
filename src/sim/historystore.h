#pragma once

#include "jsontree.h"

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
    int size() const { return m_entries.size(); }

private:
    JsonTree m_entries = JsonTree::object();
};

} // namespace Easel::Sim
