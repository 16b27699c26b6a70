#include "nodecatalogue.h"

#include "cataloguestore.h"
#include "objectmembers.h"
#include "simdjsonsupport_p.h"
#include "stringpool.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

using simdjson::ondemand::json_type;
using simdjson::ondemand::value;

using Detail::StringPool;

QString stringOr(StringPool &pool, value v, const QString &fallback = {})
{
    if (v.type() != json_type::string)
        return fallback;
    return pool.string(std::string_view(v.get_string()));
}

QString uniqueString(value v)
{
    if (v.type() != json_type::string)
        return {};
    const std::string_view text = v.get_string();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool boolOr(value v, bool fallback = false)
{
    if (v.type() != json_type::boolean)
        return fallback;
    return bool(v.get_bool());
}

QStringList stringList(StringPool &pool, value v, bool *ok)
{
    QStringList result;
    if (v.type() != json_type::array) {
        *ok = false;
        return result;
    }
    simdjson::ondemand::array arr = v.get_array();
    for (auto elementResult : arr) {
        value element = elementResult.value();
        const json_type t = element.type();
        if (t == json_type::string)
            result.append(pool.string(std::string_view(element.get_string())));
        else if (t == json_type::number)
            result.append(Detail::numberFromValue(element).toText());
        else
            result.append(Detail::treeFromValue(element).toPythonString());
    }
    return pool.list(std::move(result));
}

void readOptions(StringPool &pool, value v, InputOptions &options, bool *ok)
{
    if (v.type() != json_type::object) {
        *ok = false;
        return;
    }
    simdjson::ondemand::object obj = v.get_object();
    for (auto fieldResult : obj) {
        auto &field = fieldResult;
        // Option keys never hold escapes worth honouring; the raw key avoids a copy.
        const std::string_view key = field.unescaped_key();
        value option = field.value();
        if (key == "default") {
            options.defaultValue = pool.value(Detail::treeFromValue(option).toQJsonValue());
        } else if (key == "min" || key == "max" || key == "step") {
            if (option.type() != json_type::number)
                continue;
            const JsonNumber n = Detail::numberFromValue(option);
            (key == "min" ? options.minimum : key == "max" ? options.maximum : options.step) = n;
        } else if (key == "round") {
            if (option.type() == json_type::number)
                options.round = double(option.get_double());
        } else if (key == "tooltip") {
            if (option.type() == json_type::string) {
                const std::string_view text = option.get_string();
                options.tooltipUtf8 = pool.bytes(text);
            }
        } else if (key == "multiline") {
            options.multiline = boolOr(option);
        } else if (key == "forceInput") {
            options.forceInput = boolOr(option);
        } else if (key == "dynamicPrompts") {
            options.dynamicPrompts = boolOr(option);
        } else if (key == "control_after_generate") {
            const json_type t = option.type();
            options.controlAfterGenerateGiven = true;
            options.controlAfterGenerate = t == json_type::string || (t == json_type::boolean && bool(option.get_bool()));
        } else if (key == "image_upload" || key == "video_upload" || key == "audio_upload"
                   || key == "file_upload") {
            if (boolOr(option))
                options.uploadKind = pool.string(key.substr(0, key.size() - 7));
        } else if (key == "options") {
            options.choices = stringList(pool, option, ok);
        }
    }
}

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

// Fills the catalogue's store: one InputOptions for each distinct set of options and one
// InputSpec for each distinct input (name, section, type and options) of the whole answer.
class Builder
{
public:
    explicit Builder(Detail::CatalogueStore &store) : m_store(store) {}

    StringPool pool;

    const InputSpec *input(const QString &name, InputSpec::Section section, const QString &type, InputOptions &&options)
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

    const NodeClassShared &shared(NodeClassShared &&parts)
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

    InputList inputList(const std::vector<const InputSpec *> &items)
    {
        const InputSpec **out = m_store.inputs.allocate(items.size());
        std::copy(items.begin(), items.end(), out);
        return InputList(out, qsizetype(items.size()));
    }

    void addClass(const QString &key, NodeClass &&nodeClass)
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

const InputSpec *readInput(Builder &b, const QString &name, InputSpec::Section section, value v, bool *ok)
{
    StringPool &pool = b.pool;
    const QString *type = &pool.ref(std::string_view());
    InputOptions options;
    const json_type t = v.type();
    if (t == json_type::string) { // hidden inputs of V1 nodes: "PROMPT"
        type = &pool.ref(std::string_view(v.get_string()));
    } else if (t != json_type::array) {
        *ok = false;
    } else {
        simdjson::ondemand::array arr = v.get_array();
        int index = 0;
        for (auto elementResult : arr) {
            value element = elementResult.value();
            if (index == 0) {
                const json_type et = element.type();
                if (et == json_type::string) {
                    type = &pool.ref(std::string_view(element.get_string()));
                } else if (et == json_type::array) {
                    type = &pool.ref(std::string_view("COMBO"));
                    options.choices = stringList(pool, element, ok);
                } else {
                    *ok = false;
                }
            } else if (index == 1) {
                readOptions(pool, element, options, ok);
            }
            ++index;
        }
        if (index == 0)
            *ok = false;
    }
    return b.input(name, section, *type, std::move(options));
}

// Puts the inputs of one section in input_order's order; names it does not list keep
// their text order after it. Servers send the two orders equal almost always, so that
// case costs one comparison per input.
void appendInOrder(Builder &b, const std::vector<const InputSpec *> &section, const QStringList &order, bool hasOrder)
{
    bool same = !hasOrder || order.size() == qsizetype(section.size());
    for (size_t i = 0; same && hasOrder && i < section.size(); ++i)
        same = section[i]->name == order.at(qsizetype(i));
    if (same) {
        b.ordered.insert(b.ordered.end(), section.begin(), section.end());
        return;
    }
    b.used.assign(section.size(), false);
    for (const QString &name : order) {
        for (size_t i = 0; i < section.size(); ++i) {
            if (!b.used[i] && section[i]->name == name) {
                b.used[i] = true;
                b.ordered.push_back(section[i]);
                break;
            }
        }
    }
    for (size_t i = 0; i < section.size(); ++i) {
        if (!b.used[i])
            b.ordered.push_back(section[i]);
    }
}

// A class as read, before what it shares with others is looked up.
struct ClassParts
{
    QString name;
    QString displayName;
    QString description;
    NodeClassShared shared;
    InputList inputs;
    bool outputNode = false;
    bool deprecated = false;
    bool experimental = false;
};

struct ClassReadResult
{
    ClassParts parts;
    bool ok = true;
};

ClassReadResult readClass(Builder &b, const QString &className, value v)
{
    StringPool &pool = b.pool;
    ClassReadResult r;
    ClassParts &c = r.parts;
    c.name = className;
    if (v.type() != json_type::object) {
        r.ok = false;
        return r;
    }
    for (int section = 0; section < 3; ++section) {
        b.textOrder[section].clear();
        b.inputOrder[section].clear();
    }
    bool hasInputOrder = false;
    auto sectionOf = [](std::string_view key) {
        return key == "required" ? 0 : key == "optional" ? 1 : key == "hidden" ? 2 : -1;
    };
    simdjson::ondemand::object obj = v.get_object();
    for (auto fieldResult : obj) {
        auto &field = fieldResult;
        const std::string_view key = field.unescaped_key();
        value fieldValue = field.value();
        if (key == "input") {
            if (fieldValue.type() != json_type::object) {
                r.ok = false;
                continue;
            }
            simdjson::ondemand::object sections = fieldValue.get_object();
            for (auto sectionResult : sections) {
                auto &sectionField = sectionResult;
                const int section = sectionOf(sectionField.unescaped_key());
                if (section < 0)
                    continue;
                value sectionValue = sectionField.value();
                if (sectionValue.type() != json_type::object) {
                    r.ok = false;
                    continue;
                }
                simdjson::ondemand::object inputs = sectionValue.get_object();
                for (auto inputResult : inputs) {
                    auto &inputField = inputResult;
                    const QString &inputName = pool.ref(std::string_view(inputField.unescaped_key()));
                    b.textOrder[section].push_back(
                        readInput(b, inputName, InputSpec::Section(section), inputField.value(), &r.ok));
                }
            }
        } else if (key == "input_order") {
            if (fieldValue.type() != json_type::object)
                continue;
            hasInputOrder = true;
            simdjson::ondemand::object sections = fieldValue.get_object();
            for (auto sectionResult : sections) {
                auto &sectionField = sectionResult;
                const int section = sectionOf(sectionField.unescaped_key());
                if (section < 0)
                    continue;
                bool listOk = true;
                b.inputOrder[section] = stringList(pool, sectionField.value(), &listOk);
            }
        } else if (key == "output") {
            if (fieldValue.type() != json_type::array) {
                r.ok = false;
                continue;
            }
            simdjson::ondemand::array arr = fieldValue.get_array();
            for (auto elementResult : arr) {
                value element = elementResult.value();
                c.shared.outputTypes.append(element.type() == json_type::string
                                         ? pool.string(std::string_view(element.get_string()))
                                         : pool.string(u"COMBO"_s));
            }
            c.shared.outputTypes = pool.list(std::move(c.shared.outputTypes));
        } else if (key == "output_is_list") {
            if (fieldValue.type() != json_type::array)
                continue;
            simdjson::ondemand::array arr = fieldValue.get_array();
            for (auto elementResult : arr)
                c.shared.outputIsList.append(boolOr(elementResult.value()));
        } else if (key == "output_name") {
            bool listOk = true;
            c.shared.outputNames = stringList(pool, fieldValue, &listOk);
        } else if (key == "name") {
            // Nearly always the key itself: then the key's string is kept once.
            if (fieldValue.type() == json_type::string) {
                const std::string_view text = fieldValue.get_string();
                c.name = QAnyStringView::equal(QUtf8StringView(text.data(), qsizetype(text.size())), className)
                             ? className
                             : pool.string(text);
            }
        } else if (key == "display_name") {
            c.displayName = uniqueString(fieldValue); // one per class: not worth pooling
        } else if (key == "description") {
            c.description = uniqueString(fieldValue);
        } else if (key == "python_module") {
            c.shared.pythonModule = stringOr(pool, fieldValue);
        } else if (key == "category") {
            c.shared.category = stringOr(pool, fieldValue);
        } else if (key == "output_node") {
            c.outputNode = boolOr(fieldValue);
        } else if (key == "deprecated") {
            c.deprecated = boolOr(fieldValue);
        } else if (key == "experimental") {
            c.experimental = boolOr(fieldValue);
        }
    }
    if (c.displayName.isEmpty())
        c.displayName = c.name;
    while (c.shared.outputIsList.size() < c.shared.outputTypes.size())
        c.shared.outputIsList.append(false);
    c.shared.outputIsList = pool.flags(std::move(c.shared.outputIsList));
    if (c.shared.outputNames.isEmpty())
        c.shared.outputNames = c.shared.outputTypes;

    if (r.ok) {
        b.ordered.clear();
        for (int section = 0; section < 3; ++section)
            appendInOrder(b, b.textOrder[section], b.inputOrder[section], hasInputOrder);
        c.inputs = b.inputList(b.ordered);
    }
    return r;
}

} // namespace

const InputOptions &InputOptions::none()
{
    static const InputOptions empty;
    return empty;
}

bool InputSpec::hasControlWidget() const
{
    if (!isWidget())
        return false;
    if (controlAfterGenerateGiven())
        return controlAfterGenerate() && (type == "INT"_L1 || type == "COMBO"_L1);
    return type == "INT"_L1 && (name == "seed"_L1 || name == "noise_seed"_L1);
}

bool InputSpec::isWidget() const
{
    if (section == Section::Hidden || forceInput())
        return false;
    return type == "INT"_L1 || type == "FLOAT"_L1 || type == "STRING"_L1 || type == "BOOLEAN"_L1
        || type == "COMBO"_L1;
}

const InputSpec *NodeClass::input(QStringView inputName) const
{
    for (const InputSpec &spec : inputs) {
        if (spec.name == inputName)
            return &spec;
    }
    return nullptr;
}

int NodeCatalogue::size() const
{
    return m_store ? int(m_store->distinctClasses) : 0;
}

const NodeClass *NodeCatalogue::nodeClass(const QString &name) const
{
    return m_store ? m_store->find(name) : nullptr;
}

QStringList NodeCatalogue::classNames() const
{
    QStringList names;
    if (!m_store)
        return names;
    names.reserve(qsizetype(m_store->distinctClasses));
    m_store->classes.forEach([&](const Detail::CatalogueStore::Entry &entry) {
        if (entry.link != -2)
            names.append(entry.key);
    });
    return names;
}

NodeCatalogue NodeCatalogue::fromJson(const QByteArray &json, ParseError *error)
{
    NodeCatalogue catalogue;
    auto fail = [&](simdjson::error_code code, qint64 offset) {
        if (error) {
            error->offset = offset;
            error->message = describeJsonOffset(json, offset) + ": "_L1
                + QString::fromLatin1(simdjson::error_message(code));
        }
        return NodeCatalogue();
    };
    // One node class at a time: each member of the top-level object is copied (with the
    // padding simdjson reads past the end) into a buffer of its own, wrapped as a
    // one-member object, and parsed there. The parser's working memory (about 4 bytes per
    // token, plus the unescaped strings) is then that of the largest class, not of the
    // whole text; and the text itself is never copied whole.
    Detail::ObjectMembers members(json.constData(), json.size());
    simdjson::ondemand::parser parser;
    auto store = std::make_shared<Detail::CatalogueStore>();
    Builder builder(*store);
    std::string buffer;
    qsizetype begin = 0;
    qsizetype end = 0;
    while (members.next(&begin, &end)) {
        const size_t length = size_t(end - begin) + 2;
        buffer.reserve(length + simdjson::SIMDJSON_PADDING);
        buffer.assign(1, '{');
        buffer.append(json.constData() + begin, size_t(end - begin));
        buffer.push_back('}');
        const simdjson::padded_string_view view(buffer.data(), length, buffer.capacity());
        simdjson::ondemand::document doc;
        // Offsets in the buffer are one past those in the text (the added brace).
        auto offsetInText = [&] {
            const char *location = nullptr;
            const qint64 local = doc.current_location().get(location) == simdjson::SUCCESS && location
                                     ? qint64(location - buffer.data())
                                     : qint64(length);
            return qint64(begin) + std::clamp<qint64>(local - 1, 0, qint64(end - begin));
        };
        if (auto code = parser.iterate(view).get(doc); code != simdjson::SUCCESS)
            return fail(code, begin);
        try {
            simdjson::ondemand::object root = doc.get_object();
            for (auto fieldResult : root) {
                auto &field = fieldResult;
                const std::string_view rawName = field.unescaped_key();
                const QString className = QString::fromUtf8(rawName.data(), qsizetype(rawName.size()));
                ClassReadResult r = readClass(builder, className, field.value());
                if (!r.ok) {
                    catalogue.m_skipped.append(className);
                    continue;
                }
                ClassParts &parts = r.parts;
                NodeClass nodeClass(std::move(parts.name), std::move(parts.displayName), std::move(parts.description),
                                    builder.shared(std::move(parts.shared)), parts.inputs);
                nodeClass.outputNode = parts.outputNode;
                nodeClass.deprecated = parts.deprecated;
                nodeClass.experimental = parts.experimental;
                builder.addClass(className, std::move(nodeClass));
            }
            if (Detail::hasTrailingContent(doc))
                return fail(simdjson::TRAILING_CONTENT, offsetInText());
        } catch (const simdjson::simdjson_error &e) {
            return fail(e.error(), offsetInText());
        }
    }
    using Error = Detail::ObjectMembers::Error;
    switch (members.error()) {
    case Error::None:
        break;
    case Error::NotAnObject:
        return fail(simdjson::INCORRECT_TYPE, members.errorOffset());
    case Error::Unterminated:
        return fail(simdjson::INCOMPLETE_ARRAY_OR_OBJECT, members.errorOffset());
    case Error::BadSeparator:
        return fail(simdjson::TAPE_ERROR, members.errorOffset());
    case Error::TrailingContent:
        return fail(simdjson::TRAILING_CONTENT, members.errorOffset());
    }
    if (error)
        *error = {};
    store->strings = builder.takeStrings();
    catalogue.m_store = std::move(store);
    return catalogue;
}

} // namespace Easel
