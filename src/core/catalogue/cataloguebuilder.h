#pragma once

#include "cataloguestore.h"
#include "nodecatalogue.h"
#include "stringpool.h"

#include <vector>

namespace Easel::Detail {

// Fills the catalogue's store: one InputOptions for each distinct set of options and one
// InputSpec for each distinct input (name, section, type and options) of the whole answer.
class CatalogueBuilder
{
public:
    explicit CatalogueBuilder(Detail::CatalogueStore &store) : m_store(store) {}

    StringPool pool;

    const InputSpec *input(const QString &name, InputSpec::Section section, const QString &type, InputOptions &&options);
    const NodeClassShared &shared(NodeClassShared &&parts);
    InputList inputList(const std::vector<const InputSpec *> &items);
    void addClass(const QString &key, NodeClass &&nodeClass);

    Detail::StableList<QString, 1024> takeStrings() { return pool.takeStrings(); }

    // Scratch lists of one class, kept between classes so they are allocated once.
    std::vector<const InputSpec *> textOrder[3]; // by section
    QStringList inputOrder[3];
    std::vector<const InputSpec *> ordered;
    std::vector<bool> used;

private:
    Detail::CatalogueStore &m_store;
    Detail::InternIndex m_optionIndex;
    Detail::InternIndex m_specIndex;
    Detail::InternIndex m_sharedIndex;
};

} // namespace Easel::Detail
