#include "cataloguebuilder.h"

#include <algorithm>
#include <cstring>

namespace Easel::Detail {

namespace {

// Exactly the same number: kind and value, so a bound written 1.0 is not shared with 1.
bool sameNumber(const JsonNumber &a, const JsonNumber &b)
{
    if (a.isValid() != b.isValid())
        return false;
    if (!a.isValid())
        return true;
    if (a.isInteger() != b.isInteger())
        return false;
    if (a.isInteger())
        return a == b;
    const double x = a.toDouble();
    const double y = b.toDouble();
    return std::memcmp(&x, &y, sizeof x) == 0;
}

bool sameDefault(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type())
        return false;
    if (a.isDouble()) { // exactly: big integers differ below a double's precision, -0.0 is not 0
        const double x = a.toDouble();
        const double y = b.toDouble();
        return a.toInteger() == b.toInteger() && std::memcmp(&x, &y, sizeof x) == 0;
    }
    return a == b;
}

// Strings, lists and tooltips come from the pool, one copy per distinct text: equal ones
// are the same data, so they are compared and hashed by address.
bool sameOptions(const InputOptions &a, const InputOptions &b)
{
    return a.choices.constData() == b.choices.constData() && sameDefault(a.defaultValue, b.defaultValue)
        && sameNumber(a.minimum, b.minimum) && sameNumber(a.maximum, b.maximum) && sameNumber(a.step, b.step)
        && a.round == b.round && a.multiline == b.multiline && a.forceInput == b.forceInput
        && a.controlAfterGenerate == b.controlAfterGenerate
        && a.controlAfterGenerateGiven == b.controlAfterGenerateGiven && a.dynamicPrompts == b.dynamicPrompts
        && a.uploadKind.constData() == b.uploadKind.constData()
        && a.tooltipUtf8.constData() == b.tooltipUtf8.constData();
}

quint64 numberBits(const JsonNumber &n)
{
    if (!n.isValid())
        return 0;
    const double d = n.toDouble();
    quint64 bits = 0;
    std::memcpy(&bits, &d, sizeof bits);
    return bits ^ (n.isInteger() ? 1 : 2);
}

quint32 optionsHash(const InputOptions &o)
{
    const QJsonValue &d = o.defaultValue;
    size_t valueHash = size_t(d.type());
    if (d.isDouble()) {
        const double x = d.toDouble();
        quint64 bits = 0;
        std::memcpy(&bits, &x, sizeof bits);
        valueHash = qHashMulti(valueHash, bits);
    } else if (d.isString()) {
        valueHash = qHashMulti(valueHash, Detail::hashText(d.toString()));
    } else if (d.isBool()) {
        valueHash = qHashMulti(valueHash, d.toBool());
    }
    const int flags = int(o.multiline) | int(o.forceInput) << 1 | int(o.controlAfterGenerate) << 2
        | int(o.controlAfterGenerateGiven) << 3 | int(o.dynamicPrompts) << 4 | int(o.round.has_value()) << 5;
    const size_t h = qHashMulti(0, quintptr(o.choices.constData()), valueHash, numberBits(o.minimum),
                                numberBits(o.maximum), numberBits(o.step), o.round.value_or(0.0), flags,
                                quintptr(o.uploadKind.constData()), quintptr(o.tooltipUtf8.constData()));
    return Detail::finishHash(quint32(h ^ (quint64(h) >> 32)));
}

// Names and types are the pool's own copies: equal text, same address.
quint32 specHash(const QString &name, const QString &type, InputSpec::Section section, const InputOptions *options)
{
    return Detail::finishHash(
        quint32(qHashMulti(0, quintptr(&name), quintptr(&type), int(section), quintptr(options))));
}

quint32 sharedHash(const NodeClassShared &parts)
{
    return Detail::finishHash(
        quint32(qHashMulti(0, quintptr(parts.category.constData()), quintptr(parts.pythonModule.constData()),
                           quintptr(parts.outputTypes.constData()), quintptr(parts.outputNames.constData()),
                           quintptr(parts.outputIsList.constData()))));
}

} // namespace

const InputSpec *CatalogueBuilder::input(const QString &name, InputSpec::Section section, const QString &type, InputOptions &&options)
{
    const InputOptions *shared = &InputOptions::none();
    if (!sameOptions(options, *shared)) {
        const quint32 hash = optionsHash(options);
        const qint64 found
            = m_optionIndex.find(hash, [&](quint32 n) { return sameOptions(m_store.options[n], options); });
        if (found >= 0) {
            shared = &m_store.options[size_t(found)];
        } else {
            m_optionIndex.insert(hash, quint32(m_store.options.size()),
                                 [this](quint32 n) { return optionsHash(m_store.options[n]); });
            shared = &m_store.options.append(std::move(options));
        }
    }
    const quint32 hash = specHash(name, type, section, shared);
    const qint64 found = m_specIndex.find(hash, [&](quint32 n) {
        const InputSpec &s = m_store.specs[n];
        return &s.name == &name && &s.type == &type && s.section == section && &s.options() == shared;
    });
    if (found >= 0)
        return &m_store.specs[size_t(found)];
    m_specIndex.insert(hash, quint32(m_store.specs.size()), [this](quint32 n) {
        const InputSpec &s = m_store.specs[n];
        return specHash(s.name, s.type, s.section, &s.options());
    });
    return &m_store.specs.append(InputSpec(name, section, type, shared));
}

const NodeClassShared &CatalogueBuilder::shared(NodeClassShared &&parts)
{
    auto same = [&](const NodeClassShared &a) {
        return a.category.constData() == parts.category.constData()
            && a.pythonModule.constData() == parts.pythonModule.constData()
            && a.outputTypes.constData() == parts.outputTypes.constData()
            && a.outputNames.constData() == parts.outputNames.constData()
            && a.outputIsList.constData() == parts.outputIsList.constData();
    };
    const quint32 hash = sharedHash(parts);
    const qint64 found = m_sharedIndex.find(hash, [&](quint32 n) { return same(m_store.shared[n]); });
    if (found >= 0)
        return m_store.shared[size_t(found)];
    m_sharedIndex.insert(hash, quint32(m_store.shared.size()),
                         [this](quint32 n) { return sharedHash(m_store.shared[n]); });
    return m_store.shared.append(std::move(parts));
}

InputList CatalogueBuilder::inputList(const std::vector<const InputSpec *> &items)
{
    const InputSpec **out = m_store.inputs.allocate(items.size());
    std::copy(items.begin(), items.end(), out);
    return InputList(out, qsizetype(items.size()));
}

void CatalogueBuilder::addClass(const QString &key, NodeClass &&nodeClass)
{
    const quint32 hash = Detail::hashText(key);
    const qint64 found = m_store.classIndex.find(hash, [&](quint32 n) { return m_store.classes[n].key == key; });
    const qint32 number = qint32(m_store.classes.size());
    m_store.classes.append(Detail::CatalogueStore::Entry(key, std::move(nodeClass)));
    if (found >= 0) { // a name given twice: the last definition, in the first one's place
        m_store.classes[size_t(found)].link = number;
        m_store.classes.last().link = -2;
        return;
    }
    m_store.classIndex.insert(hash, quint32(number),
                              [this](quint32 n) { return Detail::hashText(m_store.classes[n].key); });
    ++m_store.distinctClasses;
}

} // namespace Easel::Detail
